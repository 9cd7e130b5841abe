# The HTML report is one self-contained page and no value from the records
# can add markup to it: the fixture `report-hostile` puts tags, event
# handlers and javascript: addresses in the program name, names, companies,
# nominators, notes, reasons, target values, story titles and URLs.
$ fixture report-hostile
$ advo --today 2026-11-16 report --period 2026-Q3 --format html -o page.html
! wrote page.html (html report for 2026-Q3)
# The only elements are the page's own: no script, image, frame, object,
# form or link to a style sheet.
$ grep -oE '<[a-zA-Z][a-zA-Z0-9]*' page.html | sort -u | tr '\n' ' '
> <a <body <div <figure <footer <h1 <h2 <head <header <html <line <meta <p <rect <section <span <style <svg <table <tbody <td <text <th <thead <title <tr 
% no newline
# No tag carries an event handler, no style or font is fetched from elsewhere.
$ grep -ciE '<[^>]* on[a-z]+=' page.html
> 0
? 1
$ grep -ciE '<[^>]* src=|url\(|@import|@font-face' page.html
> 0
? 1
# Only the http(s) story address is a link; javascript: and an address that
# would break out of its attribute are shown as text.
$ grep -oE 'href="[^"]*"' page.html
> href="https://example.com/stories/good?a=1&amp;b=2"
$ grep -o '<td>&lt;img src=x onerror=alert(3)&gt; <span class="url">(javascript:alert(document.cookie))</span></td>' page.html
> <td>&lt;img src=x onerror=alert(3)&gt; <span class="url">(javascript:alert(document.cookie))</span></td>
$ grep -o '(https://example.com/&quot;onmouseover=&quot;alert(8))' page.html
> (https://example.com/&quot;onmouseover=&quot;alert(8))
# The values are there, escaped.
$ grep -o '<h1>[^<]*</h1>' page.html
> <h1>Acme &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</h1>
$ grep -c '&quot;&gt;&lt;img src=x onerror=alert(2)&gt;' page.html
> 1
$ grep -o '<td>&lt;/p&gt;&lt;iframe src=javascript:alert(4)&gt;</td>' page.html
> <td>&lt;/p&gt;&lt;iframe src=javascript:alert(4)&gt;</td>
$ grep -o 'industry: &lt;svg onload=alert(5)&gt;' page.html
> industry: &lt;svg onload=alert(5)&gt;
# Advocates are named by name (and company), escaped: in utilisation, and
# a year later, when the profile has gone stale, in hygiene.
$ grep -o '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>' page.html
> <td>&lt;script&gt;alert(1)&lt;/script&gt;</td>
$ advo --today 2028-01-01 -q report hygiene --period 2027 -o stale.html
$ grep -o '<td>[^<]*alert(1)[^<]*</td>' stale.html
> <td>&lt;script&gt;alert(1)&lt;/script&gt; (&quot;&gt;&lt;img src=x onerror=alert(2)&gt;)</td>
# Markdown escapes them too.
$ advo --today 2026-11-16 report nominations --period 2026-Q3 --format md
> # Acme \<script\>alert('name')\</script\>: report for 2026-Q3 (2026-07-01 to 2026-09-30)
>
> ## Nominations
>
> - 1 nomination in the period, 1 now qualified or beyond: conversion 100%; 0 still untriaged after 7 days.
>
> By source:
>
> | SOURCE | NOMINATED | QUALIFIED |
> | --- | ---: | ---: |
> | sales | 1 | 1 |
>
> By nominator:
>
> | NOMINATOR | NOMINATED | QUALIFIED |
> | --- | ---: | ---: |
> | \<b onmouseover=alert(6)\>bob\</b\> | 1 | 1 |
