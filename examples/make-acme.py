#!/usr/bin/env python3
"""Writes examples/acme: the sample program advo is tried and documented on.

Deterministic (fixed seed and dates). Engagements are simulated day by day
under the rules of rest (advo-files(5), RULES OF REST), so the log is one a working
program could have produced; two asks knowingly break a rule and say why in
`override:`. The sample's "today" is 2026-11-16.

Run from the repository root: python3 examples/make-acme.py
The files are then normalised with `advo fmt -C examples/acme`.
"""
import datetime as dt
import os
import random
import shutil

TODAY = dt.date(2026, 11, 16)
START = dt.date(2025, 5, 1)
R = random.Random(20261116)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "acme")

TYPES = {  # name: (kind, rest_days, effort, consent)
    "reference-call": ("ask", 60, 40, ""), "site-visit": ("ask", 90, 500, ""),
    "case-study": ("ask", 180, 250, "case-study"), "video": ("ask", 180, 150, "video"),
    "quote": ("ask", 90, 10, "quote"), "logo": ("ask", 365, 5, "logo"),
    "press": ("ask", 90, 100, "press"), "analyst": ("ask", 60, 35, ""),
    "speaking": ("ask", 90, 50, ""), "webinar": ("ask", 90, 50, ""),
    "review": ("ask", 60, 20, ""), "advisory-board": ("ask", 90, 60, ""),
    "referral": ("ask", 30, 30, ""), "social": ("ask", 30, 10, ""),
    "thank-you": ("give", 0, 5, ""), "gift": ("give", 0, 10, ""),
    "exec-call": ("give", 0, 20, ""), "training": ("give", 0, 20, ""),
    "early-access": ("give", 0, 30, ""),
}
MIN_GAP, CAP_Q, CAP_Y = 14, 2, 6

INDUSTRIES = ["healthcare", "financial-services", "retail", "manufacturing", "education",
              "public-sector", "technology", "logistics"]
REGIONS = {"na": ["US", "CA"], "emea": ["DE", "GB", "FR", "NL", "ES", "SE", "IE"],
           "apac": ["JP", "AU", "SG", "IN"], "latam": ["BR", "MX", "AR"]}
LANG = {"US": ["en"], "CA": ["en", "fr"], "DE": ["de", "en"], "GB": ["en"], "FR": ["fr", "en"],
        "NL": ["nl", "en"], "ES": ["es", "en"], "SE": ["sv", "en"], "IE": ["en"], "JP": ["ja", "en"],
        "AU": ["en"], "SG": ["en"], "IN": ["en", "hi"], "BR": ["pt", "en"], "MX": ["es", "en"], "AR": ["es"]}
PRODUCTS = ["analytics", "dashboards", "reporting", "data-pipeline", "ai-insights", "embedded"]
USE_CASES = {"healthcare": ["patient-outcomes", "compliance-reporting", "capacity-planning"],
             "financial-services": ["fraud-detection", "risk-reporting", "compliance-reporting"],
             "retail": ["demand-forecasting", "churn-reduction", "store-performance"],
             "manufacturing": ["supply-chain-visibility", "predictive-maintenance", "demand-forecasting"],
             "education": ["student-success", "self-service-bi"],
             "public-sector": ["open-data", "self-service-bi", "compliance-reporting"],
             "technology": ["churn-reduction", "product-analytics", "self-service-bi"],
             "logistics": ["supply-chain-visibility", "route-optimisation", "demand-forecasting"]}
PERSONAS = ["executive", "it-leader", "data-leader", "analyst", "operations"]
TITLES = {"executive": ["Chief Operating Officer", "VP Operations", "Chief Financial Officer", "Managing Director"],
          "it-leader": ["CIO", "VP Engineering", "Head of IT", "Director of Platforms"],
          "data-leader": ["Chief Data Officer", "Head of Analytics", "Director of Data", "VP Data & AI"],
          "analyst": ["Senior Analyst", "BI Lead", "Analytics Manager"],
          "operations": ["Head of Supply Chain", "Operations Director", "Clinical Operations Lead"]}
OWNERS = ["sam.ortiz", "priya.nair", "li.wei", "tom.becker", "ana.lima", "kate.morgan"]

PEOPLE = [
    ("Jane Doe", "Northwind Health", "healthcare", "na", "US"),
    ("José Müller", "Ferro Werke", "manufacturing", "emea", "DE"),
    ("Siobhán O'Brien", "Liffey Bank", "financial-services", "emea", "IE"),
    ("Chloé Dubois", "Maison Lumière", "retail", "emea", "FR"),
    ("Kenji Watanabe", "Sakura Logistics", "logistics", "apac", "JP"),
    ("Ana Núñez", "Banco Austral", "financial-services", "latam", "AR"),
    ("Marcus Hill", "Meridian Bank", "financial-services", "na", "US"),
    ("Priya Raman", "Lotus Health Network", "healthcare", "apac", "IN"),
    ("Zoë Åkesson", "Nordvik Retail", "retail", "emea", "SE"),
    ("Daniel Okafor", "Harbor Freight Lines", "logistics", "na", "US"),
    ("Emily Chen", "Cobalt Systems", "technology", "na", "CA"),
    ("Lucas Oliveira", "Verde Varejo", "retail", "latam", "BR"),
    ("Hannah Schmidt", "Klinikum Rhein", "healthcare", "emea", "DE"),
    ("Oliver Bennett", "Thames University", "education", "emea", "GB"),
    ("Sofia García", "Ciudad Abierta", "public-sector", "latam", "MX"),
    ("Liam Murphy", "Atlantic Insurance", "financial-services", "emea", "IE"),
    ("Aiko Tanaka", "Fuji Precision", "manufacturing", "apac", "JP"),
    ("Noah Williams", "Pinecrest Schools", "education", "na", "US"),
    ("Isabella Rossi", "Moda Milano", "retail", "emea", "NL"),
    ("Ethan Clarke", "Southern Cross Health", "healthcare", "apac", "AU"),
    ("Fatima Zahra", "Sahel Payments", "financial-services", "emea", "FR"),
    ("Wei Zhang", "Lion City Freight", "logistics", "apac", "SG"),
    ("Grace Kim", "Brightline Software", "technology", "na", "US"),
    ("Mateo Fernández", "Andes Manufacturing", "manufacturing", "latam", "AR"),
    ("Charlotte Evans", "City of Port Elm", "public-sector", "na", "US"),
    ("Jürgen Weiß", "Weiß & Söhne Logistik", "logistics", "emea", "DE"),
    ("Amelia Turner", "Greenfield Medical", "healthcare", "na", "US"),
    ("Raj Patel", "Indus Tech Services", "technology", "apac", "IN"),
    ("Camila Souza", "Saúde Total", "healthcare", "latam", "BR"),
    ("Benjamin Lee", "Summit Credit Union", "financial-services", "na", "CA"),
    ("Elena Popescu", "Dacia Auto Parts", "manufacturing", "emea", "ES"),
    ("Samuel Adeyemi", "Lagoon Retail Group", "retail", "emea", "GB"),
    ("Mia Johansson", "Fjord Energy Works", "manufacturing", "emea", "SE"),
    ("David Cohen", "Beacon Analytics Lab", "technology", "emea", "NL"),
    ("Laura Martínez", "Iberia Salud", "healthcare", "emea", "ES"),
    ("James O'Connor", "Keystone State College", "education", "na", "US"),
    ("Yuki Sato", "Osaka Metro Retail", "retail", "apac", "JP"),
    ("Olivia Brown", "Riverside County", "public-sector", "na", "US"),
    ("Thomas Wright", "Albion Freight", "logistics", "emea", "GB"),
    ("Valentina Cruz", "Pacífico Seguros", "financial-services", "latam", "MX"),
    ("Henry Walker", "Walker Hospital Group", "healthcare", "na", "US"),
    ("Nina Kowalski", "Baltic Retail", "retail", "emea", "DE"),
    ("Arjun Mehta", "Ganges Finance", "financial-services", "apac", "IN"),
    ("Lucy Harris", "Outback Schools Trust", "education", "apac", "AU"),
    ("Pedro Alves", "Porto Digital", "technology", "latam", "BR"),
    ("Sarah Mitchell", "Clearwater Pharma", "healthcare", "na", "US"),
    ("Tobias Berg", "Oslo Transit", "public-sector", "emea", "SE"),
    ("Grace O'Neill", "Emerald Health", "healthcare", "emea", "IE"),
]

STAGE_PLAN = (["active"] * 32 + ["nominated"] * 5 + ["qualified"] * 4 + ["paused"] * 3 +
              ["alumni"] * 2 + ["declined"] * 2)


def d(x):
    return x.isoformat()


def slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("'", "")
    out, dash = "", False
    for c in t:
        if c.isascii() and c.isalnum():
            if dash and out:
                out += "-"
            out += c
            dash = False
        else:
            dash = True
    return out


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


# --- advocates ----------------------------------------------------------------
advocates = []
for i, (name, company, industry, region, country) in enumerate(PEOPLE):
    stage = STAGE_PLAN[i % len(STAGE_PLAN)] if i >= 4 else "active"
    persona = R.choice(PERSONAS)
    seg = R.choice(["smb", "mid-market", "mid-market", "enterprise", "enterprise"])
    employees = {"smb": R.randint(40, 190), "mid-market": R.randint(250, 1900),
                 "enterprise": R.randint(2500, 90000)}[seg]
    asks = ["reference-call"] + R.sample(["case-study", "video", "quote", "logo", "press", "analyst",
                                          "speaking", "webinar", "review", "advisory-board",
                                          "referral", "social", "site-visit"], R.randint(2, 6))
    nominated_on = rand_date(dt.date(2024, 3, 1), dt.date(2025, 9, 30))
    a = {
        "id": slug(name + " " + company), "name": name, "title": R.choice(TITLES[persona]),
        "company": company, "email": slug(name).replace("-", ".") + "@" + slug(company).split("-")[0] + ".example",
        "account_owner": R.choice(OWNERS), "industry": industry, "segment": seg, "employees": employees,
        "region": region, "country": country, "languages": LANG[country],
        "products": sorted(R.sample(PRODUCTS, R.randint(1, 3))),
        "use_cases": sorted(R.sample(USE_CASES[industry], R.randint(1, 2))),
        "persona": persona, "activities": sorted(asks), "stage": stage,
        "nominated": {"by": R.choice(OWNERS), "date": nominated_on,
                      "source": R.choice(["sales", "sales", "success", "success", "support", "product",
                                          "marketing", "partner", "self"]),
                      "reason": R.choice(["Renewed early and expanded seats", "Presented results at the user group",
                                          "Glowing NPS comment", "Cut reporting time in half",
                                          "Champion during the rollout", "Asked how to help other customers"])},
        "nps": {"score": R.choice([7, 8, 9, 9, 10, 10]), "date": rand_date(dt.date(2025, 6, 1), dt.date(2026, 10, 31))},
        "consent": {}, "limits": {}, "unavailable": [], "tags": [],
        "verified_on": rand_date(dt.date(2025, 3, 1), dt.date(2026, 11, 10)),
        "stage_on": None,
    }
    # Consent for content the advocate is willing to do, granted after nomination.
    for scope in ["logo", "name", "quote", "case-study", "video", "press"]:
        if scope in asks or (scope == "name" and R.random() < 0.6):
            g = {"granted": nominated_on + dt.timedelta(days=R.randint(20, 90))}
            if R.random() < 0.35:
                g["expires"] = g["granted"] + dt.timedelta(days=R.choice([365, 730, 1825]))
            a["consent"][scope] = g
    if stage == "active":
        a["stage_on"] = nominated_on + dt.timedelta(days=R.randint(10, 40))
    advocates.append(a)

# Stages with histories that fit them.
for a in advocates:
    n = a["nominated"]["date"]
    if a["stage"] == "nominated":
        a["nominated"]["date"] = rand_date(dt.date(2026, 10, 20), dt.date(2026, 11, 14))
        a["verified_on"] = None
        a["consent"] = {}
        a["stage_on"] = a["nominated"]["date"]
        a.pop("nps")
    elif a["stage"] == "qualified":
        a["stage_on"] = rand_date(dt.date(2026, 8, 1), dt.date(2026, 11, 1))
    elif a["stage"] in ("paused", "alumni"):
        a["stage_on"] = rand_date(dt.date(2026, 3, 1), dt.date(2026, 9, 1))
    elif a["stage"] == "declined":
        a["stage_on"] = n + dt.timedelta(days=R.randint(5, 20))
        a["consent"] = {}
    if a["stage"] == "nominated":
        a["nominated"]["reason"] = "Nominated after a strong QBR"

# Special cases the tour and the tests rely on.
by_id = {a["id"]: a for a in advocates}
jane = by_id["jane-doe-northwind-health"]
jane["limits"] = {"max_per_quarter": 1}
jane["tags"] = ["champion", "conference-speaker"]
jane["commitment"] = {"activities": ["case-study", "reference-call"], "until": dt.date(2027, 6, 30),
                      "note": "Advocacy clause in the 2025 renewal"}
jane["unavailable"] = [{"from": dt.date(2026, 12, 18), "to": dt.date(2027, 1, 6), "reason": "Year-end freeze"}]
jose = by_id["jose-muller-ferro-werke"]
jose["unavailable"] = [{"from": dt.date(2026, 11, 10), "to": dt.date(2026, 11, 30), "reason": "Plant shutdown"}]
jose["notes"] = "Prefers German-language calls.\nAsk via Tom first."
siobhan = by_id["siobhan-obrien-liffey-bank"]
siobhan["limits"] = {"max_per_quarter": 3, "max_per_year": 8}
siobhan["tags"] = ["power-user"]
marcus = by_id["marcus-hill-meridian-bank"]
marcus["do_not_contact"] = True
marcus["notes"] = "Open P1 escalation on the data pipeline; no asks until it is closed."
for a in advocates[20:23]:
    if a["stage"] == "active":
        a["commitment"] = {"activities": ["reference-call"], "until": dt.date(2027, 3, 31)}

# --- activity simulation ------------------------------------------------------
asks = {a["id"]: [] for a in advocates}   # (date, type) of counted asks
engagements = []
taken_ids = set()


def eid(date, adv, typ):
    base = f"{d(date)}-{adv}-{typ}"
    i, out = 2, base
    while out in taken_ids:
        out, i = f"{base}-{i}", i + 1
    taken_ids.add(out)
    return out


def reasons(a, typ, day):
    """The reasons of section 5 that hold for advocate a, type typ, on day."""
    out = []
    if typ not in a["activities"]:
        out.append("not-willing")
    scope = TYPES[typ][3]
    if scope:
        g = a["consent"].get(scope)
        if not g or not (g["granted"] <= day and ("expires" not in g or day <= g["expires"])):
            out.append("no-consent")
    for w in a["unavailable"]:
        if w["from"] <= day <= w["to"]:
            out.append("blackout")
    hist = asks[a["id"]]
    if any(e > day for e, _ in hist):
        out.append("scheduled")
    rest = TYPES[typ][1]
    if any(t == typ and e <= day < e + dt.timedelta(days=rest) for e, t in hist):
        out.append("resting")
    if any(e <= day < e + dt.timedelta(days=MIN_GAP) for e, _ in hist):
        out.append("min-gap")
    capq = a["limits"].get("max_per_quarter", CAP_Q)
    capy = a["limits"].get("max_per_year", CAP_Y)
    if sum(1 for e, _ in hist if day - dt.timedelta(days=90) < e <= day) >= capq:
        out.append("cap-quarter")
    if sum(1 for e, _ in hist if day - dt.timedelta(days=365) < e <= day) >= capy:
        out.append("cap-year")
    return out


def active_on(a, day):
    if a["stage"] in ("nominated", "qualified", "declined"):
        return False
    start = a["stage_on"] if a["stage"] == "active" else a["nominated"]["date"] + dt.timedelta(days=30)
    if day < start:
        return False
    if a["stage"] in ("paused", "alumni") and day >= a["stage_on"]:
        return False
    return not a.get("do_not_contact") or day < dt.date(2026, 6, 1)


def score(a, crit):
    s = 0
    for k in ("industry", "region", "persona"):
        if crit.get(k) and crit[k] == a.get(k):
            s += 3
    if crit.get("products"):
        s += 2 * len(set(crit["products"]) & set(a["products"])) / len(crit["products"])
    return s + R.random()


def log(a, typ, day, outcome, request=None, story=None, note=None, override=None):
    e = {"id": eid(day, a["id"], typ), "date": day, "advocate": a["id"], "type": typ, "outcome": outcome,
         "logged_by": R.choice(["kate.morgan", "kate.morgan", "sam.ortiz"])}
    if request:
        e["request"] = request
    if story:
        e["story"] = story
    if note:
        e["notes"] = note
    if override:
        e["override"] = override
    engagements.append(e)
    if TYPES[typ][0] == "ask" and outcome != "cancelled":
        asks[a["id"]].append((day, typ))
        asks[a["id"]].sort()
    return e


# Requests over the last 15 months.
requests = []
ACCOUNTS = ["Orion Health", "Vantage Bank", "Crescent Retail", "Atlas Motors", "Helios University",
            "Quantum Freight", "Summit Insurance", "Polaris Pharma", "Redwood County", "Everest Foods",
            "Zenith Telecom", "Aurora Clinics", "Granite Capital", "Bluewater Shipping", "Silverline Stores"]
SELLERS = ["sam.ortiz", "priya.nair", "li.wei", "tom.becker", "ana.lima"]
req_dates = sorted(rand_date(dt.date(2025, 8, 15), dt.date(2026, 11, 14)) for _ in range(46))
req_taken = set()
for n, rd in enumerate(req_dates):
    typ = R.choice(["reference-call"] * 7 + ["case-study", "speaking", "analyst", "quote", "logo", "site-visit"])
    industry = R.choice(INDUSTRIES)
    region = R.choice(list(REGIONS))
    account = R.choice(ACCOUNTS)
    rid = f"{d(rd)}-{slug(account)}-{typ}"
    if rid in req_taken:
        rid += "-2"
    req_taken.add(rid)
    crit = {"industry": industry, "region": region}
    if R.random() < 0.6:
        crit["products"] = sorted(R.sample(PRODUCTS, R.randint(1, 2)))
    if R.random() < 0.4:
        crit["persona"] = R.choice(PERSONAS)
    if R.random() < 0.2:
        crit["segment"] = R.choice(["mid-market", "enterprise"])
    if region == "emea" and R.random() < 0.3:
        crit["languages"] = [R.choice(["de", "fr", "es"])]
    amount = R.choice([45000, 80000, 120000, 150000, 250000, 310000, 480000, 750000])
    currency = "USD" if region in ("na", "latam", "apac") else R.choice(["EUR", "EUR", "GBP", "USD"])
    req = {"id": rid, "type": typ, "status": "open", "requested_by": R.choice(SELLERS), "requested_on": rd,
           "needed_by": rd + dt.timedelta(days=R.choice([3, 5, 7, 10, 14])),
           "opportunity": {"id": f"OPP-{2400 + n * 7}", "account": account, "amount": amount,
                           "currency": currency, "stage": R.choice(["discovery", "evaluation", "negotiation"])},
           "criteria": crit, "advocates": [], "stories": []}
    requests.append(req)

for req in requests:
    rd = req["requested_on"]
    age = (TODAY - rd).days
    roll = R.random()
    if roll < 0.08 and age > 20:
        req["status"] = "cancelled"
        req["notes"] = "Deal paused by the prospect."
        continue
    cands = [a for a in advocates if active_on(a, rd)]
    cands.sort(key=lambda a: -score(a, req["criteria"]))
    chosen = None
    for a in cands[:8]:
        lag = R.randint(1, 6)
        day = rd + dt.timedelta(days=lag)
        if day > TODAY:
            break
        if not reasons(a, req["type"], day):
            chosen, when = a, day
            break
    if age <= 4 or (chosen is None and age <= 12):
        req["status"] = "open" if age <= 2 or chosen is None else "matched"
        if req["status"] == "matched":
            req["advocates"] = [chosen["id"]]
        continue
    if chosen is None or roll > 0.9:
        req["status"] = "unfulfilled"
        req["outcome"] = {"deal": R.choice(["lost", "open", "won"]), "reason": R.choice(
            ["No healthcare advocate free in the region", "Prospect wanted a German speaker",
             "Needed by date too short", "All matching advocates resting"])}
        if req["outcome"]["deal"] != "open":
            req["outcome"]["closed_on"] = min(TODAY, rd + dt.timedelta(days=R.randint(20, 90)))
        continue
    req["advocates"] = [chosen["id"]]
    req["status"] = "fulfilled"
    req["fulfilled_on"] = when
    log(chosen, req["type"], when, "completed", request=req["id"])
    close = when + dt.timedelta(days=R.randint(15, 120))
    if close <= TODAY:
        deal = R.choice(["won", "won", "won", "lost"])
        req["outcome"] = {"deal": deal, "closed_on": close}
        if deal == "lost":
            req["outcome"]["reason"] = R.choice(["Lost on price", "Chose an incumbent", "Budget frozen"])
    else:
        req["outcome"] = {"deal": "open"}

# Program-driven asks (content, events, reviews) and gives, day by day.
day = START
while day <= TODAY:
    for a in advocates:
        if not active_on(a, day):
            continue
        if R.random() < 0.012:
            typ = R.choice([t for t in a["activities"] if t != "reference-call"] or ["reference-call"])
            if not reasons(a, typ, day):
                outcome = R.choices(["completed", "declined", "no-show", "cancelled"], [80, 10, 4, 6])[0]
                log(a, typ, day, outcome)
        if R.random() < 0.009:
            log(a, R.choice(["thank-you", "thank-you", "gift", "exec-call", "training", "early-access"]), day,
                "completed", note=R.choice([None, None, "Sent after the reference call", "Invited to the beta"]))
    day += dt.timedelta(days=1)

# Scheduled asks after today.
future = 0
for a in advocates:
    if future >= 4 or not active_on(a, TODAY):
        continue
    day = TODAY + dt.timedelta(days=R.randint(5, 30))
    for typ in ("webinar", "speaking", "review", "reference-call"):
        if typ in a["activities"] and not reasons(a, typ, day) and not reasons(a, typ, TODAY):
            log(a, typ, day, "scheduled", note="Agreed on the last call")
            future += 1
            break

# Two asks that knowingly break a rule.
for a, typ, note in ((siobhan, "reference-call", "Board-level deal; she offered to take the call"),
                     (jane, "quote", "Press deadline; approved by the account owner")):
    if typ not in a["activities"]:
        a["activities"] = sorted(a["activities"] + [typ])
    scope = TYPES[typ][3]
    if scope and scope not in a["consent"]:
        a["consent"][scope] = {"granted": dt.date(2025, 6, 1)}
    last = max((e for e, _ in asks[a["id"]] if e <= TODAY - dt.timedelta(days=20)), default=TODAY - dt.timedelta(days=40))
    day = last + dt.timedelta(days=5)
    if reasons(a, typ, day):
        log(a, typ, day, "completed", override=note)

# --- stories ------------------------------------------------------------------
active = [a for a in advocates if a["stage"] == "active"]
STORY_PLAN = [
    ("How Northwind Health cut reporting time by 60%", "case-study", "published", jane),
    ("Ferro Werke: predictive maintenance on the shop floor", "case-study", "published", jose),
    ("Liffey Bank stops fraud in real time", "video", "published", siobhan),
    ("Maison Lumière forecasts demand store by store", "case-study", "approved", None),
    ("Sakura Logistics on supply-chain visibility", "quote", "published", None),
    ("Banco Austral's compliance reporting in a day", "case-study", "in-review", None),
    ("Klinikum Rhein: patient outcomes dashboards", "webinar", "published", None),
    ("Thames University opens self-service BI", "blog", "published", None),
    ("Cobalt Systems embeds analytics in its product", "video", "draft", None),
    ("Verde Varejo reduces churn with AI insights", "case-study", "retired", None),
    ("Harbor Freight Lines on route optimisation", "quote", "approved", None),
    ("Ciudad Abierta publishes open data", "press-release", "published", None),
    ("Greenfield Medical: capacity planning in the ICU", "review", "draft", None),
    ("Meridian Bank risk reporting", "case-study", "published", marcus),
]
stories = []
for n, (title, kind, status, adv) in enumerate(STORY_PLAN):
    if adv is None:
        adv = next(a for a in advocates if a["company"].split()[0] in title)
    sid = slug(title)[:60].rstrip("-")
    s = {"id": sid, "title": title, "kind": kind, "status": status, "advocates": [adv["id"]],
         "company": adv["company"], "industry": adv["industry"], "segment": adv["segment"], "region": adv["region"],
         "products": adv["products"], "use_cases": adv["use_cases"],
         "outcomes": R.sample(["cut reporting time 60%", "saved 1,200 analyst hours a year",
                               "reduced churn 12%", "forecast accuracy up 18 points",
                               "audit preparation from 3 weeks to 2 days", "on-time deliveries up 9%"], 2)}
    if status in ("approved", "published", "retired"):
        approved = rand_date(dt.date(2024, 1, 1), dt.date(2026, 9, 1))
        s["approved_on"] = approved
        s["expires_on"] = approved + dt.timedelta(days=R.choice([730, 1095, 1825]))
    if status == "published":
        s["url"] = f"https://acme-analytics.example/customers/{sid}"
    stories.append(s)
    # A featured advocate needs consent for the story's kind.
    scope = {"case-study": "case-study", "video": "video", "quote": "quote", "press-release": "press"}.get(kind)
    if scope and scope not in adv["consent"] and adv["stage"] not in ("declined",):
        adv["consent"][scope] = {"granted": dt.date(2024, 1, 1)}
# One story whose approval runs out in 40 days (10 days before advo check starts to warn, with
# expiry_warn_days = 30), one whose approval lapsed while approved (not published).
stories[4]["expires_on"] = TODAY + dt.timedelta(days=40)
stories[10]["approved_on"] = dt.date(2024, 6, 1)
stories[10]["expires_on"] = dt.date(2026, 10, 31)
# Stories used by fulfilled requests.
usable = [s for s in stories if s["status"] in ("approved", "published")]
for req in requests:
    if req["status"] == "fulfilled" and R.random() < 0.3:
        match = [s for s in usable if s["industry"] == req["criteria"]["industry"]
                 and s.get("expires_on", TODAY) >= req["fulfilled_on"] and s["approved_on"] <= req["requested_on"]]
        if match:
            req["stories"] = [match[0]["id"]]

# --- write --------------------------------------------------------------------
def y(v, ind=0):
    pad = " " * ind
    if isinstance(v, dict):
        out = ""
        for k, x in v.items():
            if x in (None, "", [], {}):
                continue
            if isinstance(x, (dict, list)):
                out += f"{pad}{k}:\n" + y(x, ind + 2)
            else:
                out += f"{pad}{k}: {scalar(x)}\n"
        return out
    out = ""
    for x in v:
        if isinstance(x, dict):
            body = y(x, ind + 2)
            out += pad + "- " + body[ind + 2:]
        else:
            out += f"{pad}- {scalar(x)}\n"
    return out


def scalar(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (dt.date, int)):
        return str(x)
    s = str(x)
    if "\n" in s:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if s[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in s or s[0].isdigit():
        return '"' + s.replace('"', '\\"') + '"'
    return s


ORDER = ["id", "name", "title", "company", "email", "phone", "account_owner", "industry", "segment",
         "employees", "region", "country", "languages", "products", "use_cases", "persona", "topics",
         "activities", "stage", "stage_on", "nominated", "nps", "consent", "limits", "unavailable",
         "do_not_contact", "commitment", "verified_on", "tags", "notes"]

if os.path.exists(OUT):
    shutil.rmtree(OUT)
for folder in ("advocates", "stories", "requests", "engagements"):
    os.makedirs(os.path.join(OUT, folder))
for a in advocates:
    rec = {k: a.get(k) for k in ORDER}
    with open(os.path.join(OUT, "advocates", a["id"] + ".yaml"), "w") as f:
        f.write(y(rec))
for s in stories:
    with open(os.path.join(OUT, "stories", s["id"] + ".yaml"), "w") as f:
        f.write(y(s))
for r in requests:
    with open(os.path.join(OUT, "requests", r["id"] + ".yaml"), "w") as f:
        f.write(y(r))
months = {}
for e in engagements:
    months.setdefault(e["date"].strftime("%Y-%m"), []).append(e)
for m, es in months.items():
    es.sort(key=lambda e: (e["date"], e["id"]))
    with open(os.path.join(OUT, "engagements", m + ".yaml"), "w") as f:
        f.write(y(es))
with open(os.path.join(OUT, ".gitattributes"), "w") as f:
    f.write("engagements/*.yaml merge=advo\n")
with open(os.path.join(OUT, ".gitignore"), "w") as f:
    f.write(".advo/\n")

toml = '''# Settings of the Acme Analytics advocacy program (the advo sample).
# Every setting is described in advo.toml(5).

[program]
name = "Acme Analytics Advocacy"
currency = "USD"
fulfil_sla_days = 5

[rest]
min_gap_days = 14
default_days = 30

[caps]
per_quarter = 2
per_year = 6

[staleness]
profile_days = 180
nomination_days = 7
expiry_warn_days = 30

[match.weights]
industry = 3
segment = 2
region = 2
country = 1
products = 2
use_cases = 1
persona = 1
languages = 1
recency = 2

[[targets]]
field = "industry"
value = "healthcare"
min_active = 8

[[targets]]
field = "industry"
value = "financial-services"
min_active = 6

[[targets]]
field = "region"
value = "apac"
min_active = 6

[[targets]]
field = "segment"
value = "enterprise"
min_active = 12

[vocab]
industry = ["healthcare", "financial-services", "retail", "manufacturing", "education",
            "public-sector", "technology", "logistics"]
region = ["na", "emea", "apac", "latam"]
'''
for name, (kind, rest, effort, consent) in sorted(TYPES.items()):
    toml += f'\n[types.{name}]\nkind = "{kind}"\n'
    if kind == "ask":
        toml += f"rest_days = {rest}\n"
    toml += f"effort = {effort}\n"
    if kind == "ask":
        toml += f'consent = "{consent}"\n'
with open(os.path.join(OUT, "advo.toml"), "w") as f:
    f.write(toml)

print(f"{len(advocates)} advocates, {len(stories)} stories, {len(requests)} requests, "
      f"{len(engagements)} engagements in {len(months)} months")
