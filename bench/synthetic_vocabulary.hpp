// The words synthetic programs are made of: names, companies, industries,
// products, phrases. Chosen to give the spread of values and the record
// sizes of a real program (see examples/acme), not to mean anything.
#pragma once

#include <array>
#include <string_view>
#include <utility>

namespace advo::bench {

using std::string_view;

inline constexpr string_view kFirstNames[] = {
    "Jane", "José", "Siobhán", "Chloé", "Kenji", "Ana", "Marcus", "Priya", "Zoë", "Daniel", "Emily", "Lucas",
    "Hannah", "Oliver", "Sofia", "Liam", "Aiko", "Noah", "Isabella", "Ethan", "Fatima", "Wei", "Grace", "Mateo",
    "Charlotte", "Jürgen", "Amelia", "Raj", "Camila", "Benjamin", "Elena", "Samuel", "Mia", "David", "Laura",
    "James", "Yuki", "Olivia", "Thomas", "Valentina", "Henry", "Nina", "Arjun", "Lucy", "Pedro", "Sarah",
    "Tobias", "Ingrid", "Mohammed", "Aisha", "Carlos", "Sophie", "Lars", "Mei", "Ahmed", "Julia", "Pablo",
    "Anna", "Hiroshi", "Leila", "Omar", "Emma", "Felix", "Chiara", "Diego", "Hana", "Viktor", "Nora", "Sven",
    "Elif", "Kofi", "Amara", "Rohan", "Tariq", "Isla", "Matteo", "Lea", "Bruno", "Clara", "Andrés", "Maja",
    "Niamh", "Eoin", "Ravi", "Sana", "Jonas", "Freya", "Mateusz", "Zofia", "Dmitri", "Irina", "Kwame", "Zara",
    "Finn", "Astrid", "Hugo", "Léa", "Álvaro", "Lucía", "Björn", "Katarzyna", "Tomás", "Adaeze", "Yusuf"};

inline constexpr string_view kLastNames[] = {
    "Doe", "Müller", "O'Brien", "Dubois", "Watanabe", "Núñez", "Hill", "Raman", "Åkesson", "Okafor", "Chen",
    "Oliveira", "Schmidt", "Bennett", "García", "Murphy", "Tanaka", "Williams", "Rossi", "Clarke", "Zahra",
    "Zhang", "Kim", "Fernández", "Evans", "Weiß", "Turner", "Patel", "Souza", "Lee", "Popescu", "Adeyemi",
    "Johansson", "Cohen", "Martínez", "O'Connor", "Sato", "Brown", "Wright", "Cruz", "Walker", "Kowalski",
    "Mehta", "Harris", "Alves", "Mitchell", "Berg", "Larsen", "Hassan", "Khan", "Silva", "Lefebvre", "Nielsen",
    "Wang", "Ali", "Becker", "Ruiz", "Novak", "Yamamoto", "Haddad", "Farouk", "Smith", "Fischer", "Ricci",
    "Torres", "Suzuki", "Petrov", "Lindqvist", "Andersen", "Yilmaz", "Mensah", "Eze", "Iyer", "Qureshi",
    "MacLeod", "Esposito", "Weber", "Costa", "Moreau", "Kaur", "Gallagher", "Kelly", "Nair", "Malik", "Schulz",
    "Dahl", "Nowak", "Wiśniewska", "Volkov", "Ivanova", "Boateng", "Abubakar", "Gruber", "Sørensen", "Duarte",
    "Jiménez", "Ortega", "Holm", "Kowalczyk", "Reyes", "Nwosu", "Demir", "Bianchi", "Laurent", "Fontaine"};

inline constexpr string_view kCompanyStems[] = {
    "Northwind", "Ferro", "Liffey", "Lumière", "Sakura", "Austral", "Meridian", "Lotus", "Nordvik", "Harbor",
    "Cobalt", "Verde", "Rhein", "Thames", "Abierta", "Atlantic", "Fuji", "Pinecrest", "Milano", "Southern Cross",
    "Sahel", "Lion City", "Brightline", "Andes", "Port Elm", "Greenfield", "Indus", "Summit", "Dacia", "Lagoon",
    "Fjord", "Beacon", "Iberia", "Keystone", "Osaka", "Riverside", "Albion", "Pacífico", "Walker", "Baltic",
    "Ganges", "Outback", "Porto", "Clearwater", "Oslo", "Emerald", "Orion", "Vantage", "Crescent", "Atlas",
    "Helios", "Quantum", "Polaris", "Redwood", "Everest", "Zenith", "Aurora", "Granite", "Bluewater",
    "Silverline", "Blue River", "Red Oak", "Silver Lake", "Cedar", "Maple", "Ironwood", "Horizon", "Pioneer",
    "Sterling", "Lakeside", "Hillcrest", "Bayview", "Stonebridge", "Westfield", "Eastgate", "Highland",
    "Kestrel", "Falcon", "Osprey", "Magnolia", "Juniper", "Willow", "Aspen", "Sequoia", "Danube", "Alpine",
    "Boreal", "Coral", "Delta", "Equinox", "Glacier", "Harmony", "Imperial", "Jade", "Keystone Ridge", "Lumen",
    "Monarch", "Nova", "Oasis", "Prairie", "Regal", "Sapphire", "Tidewater", "Unity", "Vista", "Wyvern"};

struct IndustryWords {
  string_view industry;
  std::array<string_view, 4> company_words;
  std::array<string_view, 3> use_cases;
  unsigned weight;
};

inline constexpr IndustryWords kIndustries[] = {
    {"healthcare", {"Health", "Medical", "Clinics", "Hospital Group"},
     {"patient-outcomes", "compliance-reporting", "capacity-planning"}, 18},
    {"financial-services", {"Bank", "Capital", "Insurance", "Credit Union"},
     {"fraud-detection", "risk-reporting", "compliance-reporting"}, 18},
    {"retail", {"Retail", "Stores", "Foods", "Fashion"}, {"demand-forecasting", "churn-reduction", "store-performance"}, 14},
    {"manufacturing", {"Manufacturing", "Precision", "Auto Parts", "Werke"},
     {"supply-chain-visibility", "predictive-maintenance", "demand-forecasting"}, 12},
    {"technology", {"Software", "Systems", "Tech Services", "Labs"},
     {"churn-reduction", "product-analytics", "self-service-bi"}, 14},
    {"logistics", {"Logistics", "Freight", "Shipping", "Transport"},
     {"supply-chain-visibility", "route-optimisation", "demand-forecasting"}, 9},
    {"education", {"University", "Schools", "College", "Learning Trust"}, {"student-success", "self-service-bi", "open-data"}, 6},
    {"public-sector", {"County", "City Council", "Transit", "Agency"}, {"open-data", "self-service-bi", "compliance-reporting"}, 5},
    {"energy", {"Energy", "Power", "Utilities", "Renewables"}, {"predictive-maintenance", "demand-forecasting", "risk-reporting"}, 4},
};

struct RegionWords {
  string_view region;
  std::array<string_view, 6> countries;
  unsigned weight;
};

inline constexpr RegionWords kRegions[] = {
    {"na", {"US", "US", "US", "US", "CA", "CA"}, 40},
    {"emea", {"DE", "GB", "FR", "NL", "ES", "SE"}, 32},
    {"apac", {"JP", "AU", "SG", "IN", "AU", "JP"}, 16},
    {"latam", {"BR", "MX", "AR", "BR", "MX", "CL"}, 12},
};

// The language spoken besides English in a country, "" for none.
inline constexpr string_view local_language(string_view country) {
  if (country == "DE") return "de";
  if (country == "FR") return "fr";
  if (country == "NL") return "nl";
  if (country == "ES" || country == "MX" || country == "AR" || country == "CL") return "es";
  if (country == "SE") return "sv";
  if (country == "JP") return "ja";
  if (country == "BR") return "pt";
  if (country == "IN") return "hi";
  return "";
}

// The international dialling code of a country.
inline constexpr int dialling_code(string_view country) {
  constexpr std::pair<string_view, int> kCodes[] = {{"US", 1},  {"CA", 1},  {"DE", 49}, {"GB", 44}, {"FR", 33},
                                                    {"NL", 31}, {"ES", 34}, {"SE", 46}, {"JP", 81}, {"AU", 61},
                                                    {"SG", 65}, {"IN", 91}, {"BR", 55}, {"MX", 52}, {"AR", 54},
                                                    {"CL", 56}};
  for (const auto& [code, number] : kCodes)
    if (code == country) return number;
  return 1;
}

inline constexpr string_view kProducts[] = {"analytics", "dashboards", "reporting", "data-pipeline",
                                            "ai-insights", "embedded", "governance", "mobile"};
inline constexpr string_view kPersonas[] = {"executive", "it-leader", "data-leader", "analyst", "operations"};
inline constexpr std::array<string_view, 4> kTitles[] = {
    {"Chief Operating Officer", "VP Operations", "Chief Financial Officer", "Managing Director"},
    {"CIO", "VP Engineering", "Head of IT", "Director of Platforms"},
    {"Chief Data Officer", "Head of Analytics", "Director of Data", "VP Data & AI"},
    {"Senior Analyst", "BI Lead", "Analytics Manager", "Data Analyst"},
    {"Head of Supply Chain", "Operations Director", "Clinical Operations Lead", "Plant Manager"}};
inline constexpr string_view kTopics[] = {"ai", "cloud-migration", "data-culture", "cost-savings", "self-service",
                                          "governance", "real-time", "modernisation", "roi", "change-management"};
inline constexpr string_view kTags[] = {"champion", "conference-speaker", "power-user", "early-adopter",
                                        "beta-tester", "user-group", "exec-sponsor", "renewal-2027"};
inline constexpr string_view kOwners[] = {"sam.ortiz", "priya.nair", "li.wei", "tom.becker", "ana.lima",
                                          "kate.morgan", "omar.haddad", "julia.weber", "raj.iyer", "emma.clarke",
                                          "lars.berg", "mei.chen"};
inline constexpr string_view kProgramStaff[] = {"kate.morgan", "kate.morgan", "sam.ortiz", "nora.holm", "diego.ruiz"};
inline constexpr string_view kOutcomePhrases[] = {
    "cut reporting time {}%", "saved {} analyst hours a year", "reduced churn {}%", "forecast accuracy up {} points",
    "audit preparation from 3 weeks to {} days", "on-time deliveries up {}%", "{}% fewer manual spreadsheets",
    "dashboards for {} teams in one quarter"};
inline constexpr string_view kStoryVerbs[] = {
    "cuts reporting time", "stops fraud in real time", "forecasts demand store by store", "on supply-chain visibility",
    "opens self-service BI", "reduces churn with AI insights", "on route optimisation", "publishes open data",
    "improves patient outcomes", "modernises its data platform", "embeds analytics in its product",
    "brings finance and operations onto one dashboard"};
inline constexpr string_view kProspects[] = {
    "Orion Health", "Vantage Bank", "Crescent Retail", "Atlas Motors", "Helios University", "Quantum Freight",
    "Summit Insurance", "Polaris Pharma", "Redwood County", "Everest Foods", "Zenith Telecom", "Aurora Clinics",
    "Granite Capital", "Bluewater Shipping", "Silverline Stores", "Kappa Energy", "Lambda Logistics",
    "Nimbus Software", "Orchid Hospitals", "Pinnacle Credit", "Quartz Manufacturing", "Rainier Foods",
    "Solace Insurance", "Tundra Transit", "Umbra Security", "Vertex Labs", "Wavecrest Retail", "Xenon Power",
    "Yarrow Schools", "Zephyr Airlines"};
inline constexpr string_view kLostReasons[] = {"Lost on price", "Chose an incumbent", "Budget frozen",
                                               "No advocate free in the region", "Needed by date too short"};
inline constexpr string_view kCommitmentNotes[] = {"Advocacy clause in the 2025 renewal",
                                                   "Agreed at signature in exchange for a discount",
                                                   "Two reference calls a year"};

// Sentences notes and reasons are made of: a real note is a few of them,
// a long one (the heavy program) a dozen in two paragraphs.
inline constexpr string_view kAdvocateNoteSentences[] = {
    "Prefers calls in the morning, her time.", "Ask via the account owner first.",
    "Happy to talk about the migration, not about pricing.", "Very technical; pair with a sales engineer.",
    "Travels a lot in Q2; email works best.", "Open escalation last spring, now resolved.",
    "Prefers German-language calls.", "Loves the roadmap sessions; invite to early access.",
    "Busy around fiscal year end (March).", "Will only do calls with prospects in the same industry.",
    "Reports to the CFO since the reorganisation in January.", "Asked us not to share her mobile number with prospects.",
    "Spoke at the user group in Lisbon and would do it again.", "Their legal team reviews every quote before it goes out.",
    "Good at explaining the business case to finance buyers.", "Needs two weeks' notice for anything on camera.",
    "Moved from the pilot team to run the whole rollout.", "Mentioned a possible promotion at the last QBR.",
    "Dislikes scripted calls; send the prospect's questions ahead.", "Renewal due next autumn; keep asks light until then.",
    "Her team built the dashboards prospects ask about most.", "Has a strong opinion on data governance; let her lead."};
inline constexpr string_view kNominationSentences[] = {
    "Renewed early and expanded seats.", "Presented results at the user group.", "Glowing NPS comment.",
    "Cut reporting time in half.", "Champion during the rollout.", "Asked how to help other customers.",
    "Strong QBR with measurable outcomes.", "Spoke about us on a podcast.", "Referred two prospects last year.",
    "The account team says she is respected across the region.", "Wrote a detailed review without being asked.",
    "Her board now uses our dashboards every month.", "Trained three other departments on her own initiative."};
inline constexpr string_view kEngagementNoteSentences[] = {
    "Sent after the reference call.", "Invited to the beta.", "Prospect asked about security reviews.",
    "Great call; prospect moved to negotiation.", "Rescheduled once.", "Agreed on the last call.",
    "Spoke for 40 minutes on the rollout.", "Follow-up with the account owner.", "Hand-written card and swag.",
    "Asked for a case study in return.", "The prospect's CIO joined for the second half.",
    "Covered data migration, training and the first ninety days.", "Asked us to send the recording to her team.",
    "Prospect wanted numbers; she shared the reporting time saved.", "Some questions on pricing were passed to sales.",
    "Call ran late; she was generous with her time.", "Sent a thank-you note and a donation to her chosen charity.",
    "She would prefer shorter calls next time."};
inline constexpr string_view kRequestNoteSentences[] = {
    "Deal paused by the prospect.", "Prospect wants a peer in the same country.",
    "Needs someone who migrated from the old platform.", "Security team wants to speak to a customer's CISO.",
    "The prospect is comparing us with two other vendors.", "Champion on the prospect side is the head of finance.",
    "They asked for someone who rolled out to more than a thousand users.", "Call should be in the afternoon, US time.",
    "A written quote would do if no call can be arranged.", "Procurement deadline is the end of the quarter.",
    "The prospect already spoke to one reference and wants another industry.", "Sales engineer will join the call."};
inline constexpr string_view kStoryNoteSentences[] = {
    "Approved by the customer's communications team.", "Legal asked to remove the revenue figure.",
    "Photos from the site visit are in the shared drive.", "Refresh the numbers before the next renewal.",
    "The quote in the second paragraph was reworded at her request.", "Translated into German and Spanish.",
    "Used in the healthcare campaign last spring.", "Video cut to ninety seconds for social media."};
inline constexpr string_view kUnavailabilitySentences[] = {
    "Year-end freeze.", "Parental leave.", "Audit season.", "Plant shutdown.", "Busy with a merger.", "Sabbatical.",
    "Back after the system cut-over.", "Travelling for the regional rollout."};

inline constexpr string_view kOverrideSentences[] = {
    "The prospect asked for her by name.", "Strategic deal; the VP of sales approved.",
    "She offered, knowing the limit.", "No one else in the region speaks the language.",
    "Last reference before the renewal decision.", "Agreed with the account owner."};

}  // namespace advo::bench
