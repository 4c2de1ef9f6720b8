#!/usr/bin/env python3
"""Generate a large, varied, reproducible set of involve project files for benchmarking.

The same --seed and --count always give byte-identical files. Files are spread over one
directory per organisation (org-0001/ ...), and vary organisation kinds, service
relationships, activities, change kinds and their figures, declared step 3 answers (with and
without reasons, sometimes contradicting the changes), urgency, temporary changes,
common-law triggers, affected groups, staff, plans, waivers (in force, expired, unused) and
missing facts. Only the Python 3 standard library is used.

    python3 scripts/generate-projects.py --count 10000 --seed 42 --out /tmp/involve-bench
    python3 scripts/generate-projects.py --rule-ids "$(involve rules --format json | ...)"

Pass --invalid-rate 0.01 to make about 1% of files invalid (a misspelt key or value), to
exercise the error path as well.

Pass --format2-share 0.5 to write about half the files in project format 2: the plan becomes the
last of one to three exercises (engagement before consultation, earlier ones dated before it),
and some files gain the service's nature, other bodies (parties), promises and implementation,
including bodies outside the NHS duties. The share is drawn from its own generator, so files
written with the default of 0 are byte-identical to those of earlier versions.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import sys

AUDIENCE_KINDS = ["people-using-services", "carers", "representatives", "protected-characteristic-groups",
                  "health-inequalities-groups", "healthwatch", "staff"]

ORGANISATION_KINDS = [
    # Weighted towards the bodies the duty binds, as real project folders would be.
    ("icb", 30), ("nhs-trust", 20), ("nhs-foundation-trust", 20), ("nhs-england", 4),
    ("gp-practice", 8), ("independent-provider", 4), ("icp", 3), ("place-based-partnership", 4),
    ("provider-collaborative", 4), ("local-authority", 3),
]
RELATIONSHIPS = ["commissions", "provides", "commissions-and-provides", "neither"]
ACTIVITIES = ["planning", "proposal-for-change", "operational-decision", "none-of-these"]
CHANGE_KINDS = [
    "relocation", "closure", "gp-practice-closure", "service-withdrawal", "reduction-or-consolidation",
    "opening-hours", "new-provider-same-specification", "new-provider-changed-specification", "care-model",
    "eligibility", "temporary-suspension", "staff-change", "new-service", "digital-access", "other",
]
CHARACTERISTICS = [
    "age", "disability", "gender-reassignment", "marriage-and-civil-partnership", "pregnancy-and-maternity",
    "race", "religion-or-belief", "sex", "sexual-orientation",
]
APPROACHES = ["inform", "engage", "consult", "co-produce"]
SERVICES = [
    "community diabetes clinics", "minor injuries unit", "stroke rehabilitation beds", "adult hearing services",
    "child and adolescent mental health services", "musculoskeletal physiotherapy", "maternity birth centre",
    "out-of-hours GP service", "urgent treatment centre", "community podiatry", "wheelchair services",
    "sexual health clinics", "talking therapies", "phlebotomy", "district nursing", "audiology",
]
PLACES = [
    "Northfield", "Eastbridge", "Westmoor", "Southgate", "Ashby", "Brookvale", "Carrow", "Dunmere",
    "Elmsford", "Fairholme", "Greystone", "Hartley", "Ivybridge", "Kingsmead", "Larkhill", "Millbrook",
]
GROUPS = [
    "Older people living alone", "Disabled people who rely on patient transport", "Carers of people with dementia",
    "Gypsy, Roma and Traveller communities", "People on low incomes in the town centre",
    "Pregnant women and new parents", "Young people aged 14 to 25", "People whose first language is not English",
    "People experiencing homelessness", "LGBTQ+ people", "Rural residents without a car",
]
DEFAULT_RULE_IDS = [
    "duty-step-1-body", "duty-other-body", "duty-step-2-activity", "duty-step-3-impact",
    "duty-impact-contradiction", "duty-impact-reasons", "duty-impact-degree", "people-commissioner-carers",
    "people-trust-users", "people-equality-groups", "people-staff-healthwatch", "urgency-justification",
    "temporary-permanence", "common-law-consult",
]


def weighted(rng, pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng.uniform(0, total)
    for value, weight in pairs:
        pick -= weight
        if pick <= 0:
            return value
    return pairs[-1][0]


def maybe(rng, probability):
    return rng.random() < probability


def date(rng, year_from=2024, year_to=2027):
    return "%04d-%02d-%02d" % (rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28))


def change(rng):
    result = {"kind": rng.choice(CHANGE_KINDS)}
    if maybe(rng, 0.7):
        result["description"] = "%s at %s" % (rng.choice(SERVICES).capitalize(), rng.choice(PLACES))
    if maybe(rng, 0.5):
        result["extraTravelMinutes"] = rng.randint(0, 90)
    if maybe(rng, 0.3):
        result["extraTravelKilometres"] = round(rng.uniform(0, 60), 1)
    if maybe(rng, 0.5):
        result["peopleAffected"] = rng.randint(10, 250000)
    if maybe(rng, 0.25):
        result["specificCareLost"] = "Same-day %s appointments" % rng.choice(SERVICES)
    if maybe(rng, 0.4):
        result["alternativeProvision"] = maybe(rng, 0.6)
    return result


def declaration(rng):
    result = {"answer": rng.choice(["yes", "no", "unknown"])}
    if maybe(rng, 0.55):
        result["reasons"] = "Considered from the patient's perspective: travel, access and care lost were reviewed."
    return result


def project(rng, index, rule_ids, as_of_year):
    kind = weighted(rng, ORGANISATION_KINDS)
    place = rng.choice(PLACES)
    service = rng.choice(SERVICES)
    data = {
        "formatVersion": 1,
        "id": "BENCH-%06d" % index,
        "title": "Review of %s in %s" % (service, place),
        "organisation": {"name": "NHS %s %s" % (place, kind.replace("-", " ").title()), "kind": kind},
    }
    if maybe(rng, 0.6):
        data["summary"] = "Generated project %d: %s for residents of %s and the surrounding villages." % (index, service, place)
    if maybe(rng, 0.9):
        services = {}
        if maybe(rng, 0.8):
            services["description"] = "%s across %s" % (service.capitalize(), place)
        if maybe(rng, 0.9):
            services["relationship"] = rng.choice(RELATIONSHIPS)
        data["services"] = services
    if maybe(rng, 0.9):
        count = rng.choice([1, 1, 1, 2])
        data["activity"] = rng.sample(ACTIVITIES[:3], count) if maybe(rng, 0.95) else ["none-of-these"]
    if maybe(rng, 0.75):
        data["changes"] = [change(rng) for _ in range(rng.randint(1, 4))]
    if maybe(rng, 0.7):
        impact = {}
        if maybe(rng, 0.85):
            impact["mannerOfDelivery"] = declaration(rng)
        if maybe(rng, 0.6):
            impact["rangeOfServices"] = declaration(rng)
        data["impact"] = impact
    if maybe(rng, 0.15):
        urgency = {"isUrgent": maybe(rng, 0.7)}
        if maybe(rng, 0.6):
            urgency["cause"] = rng.choice(["Staff shortages", "Estate fire safety", "Loss of a consultant"])
        if maybe(rng, 0.5):
            urgency["riskToPatientsOrStaff"] = "Unsafe staffing levels at night"
        if maybe(rng, 0.5):
            urgency["involvementLeftLate"] = maybe(rng, 0.3)
        data["urgency"] = urgency
    if maybe(rng, 0.15):
        temporary = {"isTemporary": maybe(rng, 0.8)}
        if maybe(rng, 0.6):
            temporary["permanenceUnderConsideration"] = maybe(rng, 0.5)
        if maybe(rng, 0.5):
            temporary["expectedEnd"] = date(rng)
        data["temporaryChange"] = temporary
    if maybe(rng, 0.6):
        common = {}
        for key in ["promiseToConsult", "establishedPracticeOfConsulting", "conspicuousUnfairnessConcern"]:
            if maybe(rng, 0.7):
                common[key] = maybe(rng, 0.15)
        if maybe(rng, 0.2):
            common["details"] = "The 2019 strategy promised residents a say in any change to local services."
        data["commonLaw"] = common
    if maybe(rng, 0.7):
        groups = []
        for name in rng.sample(GROUPS, rng.randint(0, 4)):
            group = {"name": name}
            if maybe(rng, 0.7):
                group["protectedCharacteristics"] = rng.sample(CHARACTERISTICS, rng.randint(1, 3))
            if maybe(rng, 0.5):
                group["facesHealthInequalities"] = maybe(rng, 0.6)
            if maybe(rng, 0.4):
                group["size"] = rng.randint(50, 90000)
            groups.append(group)
        data["affectedGroups"] = groups
    if maybe(rng, 0.7):
        data["staffAffected"] = maybe(rng, 0.6)
    if maybe(rng, 0.4):
        plan = {"approach": rng.choice(APPROACHES)}
        if maybe(rng, 0.6):
            # Dates in order, of varied length, so that the Gunning checks and the calendar
            # (holiday windows, pre-election periods, bank holidays) all do real work.
            launch = datetime.date(rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28))
            close = launch + datetime.timedelta(days=rng.choice([7, 28, 42, 56, 84, 90]))
            plan["planningStartDate"] = (launch - datetime.timedelta(days=rng.choice([14, 60, 120]))).isoformat()
            plan["launchDate"] = launch.isoformat()
            plan["closeDate"] = close.isoformat()
            plan["decisionDate"] = (close + datetime.timedelta(days=rng.choice([7, 30, 60]))).isoformat()
            plan["audiences"] = [{"kind": kind} for kind in rng.sample(AUDIENCE_KINDS, rng.randint(1, len(AUDIENCE_KINDS)))]
            plan["decisionAlreadyTaken"] = maybe(rng, 0.1)
            plan["optionsGenuinelyOpen"] = maybe(rng, 0.8)
        data["plan"] = plan
    if maybe(rng, 0.2):
        data["decision"] = {"decidedBy": "Executive committee", "date": date(rng),
                            "decision": "Engage service users, carers and representatives before deciding.",
                            "reasons": "The change affects how people reach the service."}
    if maybe(rng, 0.2):
        waivers = []
        for _ in range(rng.randint(1, 3)):
            approved = date(rng, as_of_year - 2, as_of_year)
            expires = "%04d-%s" % (int(approved[:4]) + rng.choice([0, 1, 1, 2]), approved[5:])
            waiver = {
                "rule": rng.choice(rule_ids),
                "justification": "Accepted by the programme board: mitigations are recorded in the EIA.",
                "approvedBy": rng.choice(["Director of Strategy", "Head of Engagement", "Board secretary"]),
                "expires": expires,
            }
            if maybe(rng, 0.7):
                waiver["approvedOn"] = approved
            waivers.append(waiver)
        data["waivers"] = waivers
    if maybe(rng, 0.05):
        data["extensions"] = {"localRef": "PMO-%05d" % index, "tags": ["generated", place.lower()]}
    return data


NATURES = ["nhs-health-service", "nhs-health-service", "social-care", "public-health", "jointly-funded", "other-public-service"]
PARTY_KINDS = ["icb", "nhs-england", "nhs-trust", "nhs-foundation-trust", "local-authority", "government-department",
               "nhs-arms-length-body", "gp-practice"]
PARTY_ROLES = ["joint-committee-member", "committees-in-common-member", "commissioner", "provider", "partner"]
COVERS = ["this-proposal", "part-of-this-proposal", "earlier-version-of-this-proposal", "strategy-in-general"]


def to_format2(rng, data, index):
    """Rewrite one format 1 project in format 2, with the facts format 2 added."""
    data["formatVersion"] = 2
    plan = data.pop("plan", None)
    exercises = []
    if plan is not None:
        launch = plan.get("launchDate")
        for earlier in range(rng.randint(0, 2)):
            exercise = {"name": "Earlier exercise %d" % (earlier + 1), "approach": "engage", "covers": rng.choice(COVERS)}
            if launch:
                start = datetime.date.fromisoformat(launch) - datetime.timedelta(days=rng.choice([120, 240, 400]) * (2 - earlier))
                exercise["launchDate"] = start.isoformat()
                exercise["closeDate"] = (start + datetime.timedelta(days=42)).isoformat()
            exercises.append(exercise)
        plan["name"] = "Exercise %d" % (len(exercises) + 1)
        if maybe(rng, 0.7):
            plan["covers"] = rng.choice(COVERS)
        exercises.append(plan)
        data["exercises"] = exercises
    services = data.setdefault("services", {})
    if maybe(rng, 0.7):
        services["nature"] = rng.choice(NATURES)
    if maybe(rng, 0.2):
        services["localAuthorityAreas"] = rng.sample(PLACES, rng.randint(1, 3))
    if maybe(rng, 0.4):
        data["parties"] = [{"name": "Partner %d of project %d" % (n + 1, index), "kind": rng.choice(PARTY_KINDS),
                            "role": rng.choice(PARTY_ROLES), "relationship": rng.choice(RELATIONSHIPS)}
                           for n in range(rng.randint(1, 2))]
    if maybe(rng, 0.2):
        data["promises"] = [{"about": rng.choice(["consultation", "service", "place"]), "madeBy": "The board",
                             "date": date(rng, 2020, 2025), "madeTo": "Residents"}]
    if maybe(rng, 0.15):
        implementation = {"startDate": date(rng, 2025, 2028)}
        if maybe(rng, 0.7):
            implementation["proposalChangedSinceInvolvement"] = maybe(rng, 0.4)
        data["implementation"] = implementation
    # Keep the key order of the format: the new sections after staffAffected.
    order = ["formatVersion", "id", "title", "summary", "organisation", "parties", "services", "activity", "changes",
             "impact", "urgency", "temporaryChange", "commonLaw", "promises", "affectedGroups", "staffAffected",
             "exercises", "implementation", "decision", "waivers", "extensions"]
    return {key: data[key] for key in order if key in data}


def spoil(rng, data):
    """Make one realistic mistake, so that the file is reported and the rest still assessed."""
    mistake = rng.randint(0, 3)
    if mistake == 0:
        data["organisation"]["kind"] = data["organisation"]["kind"] + "s"
    elif mistake == 1:
        data["stafAffected"] = True
    elif mistake == 2:
        data["formatVersion"] = "1"
    else:
        return json.dumps(data, indent=2)[:-3]  # cut off the end: a syntax error
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default="/tmp/involve-bench/projects")
    parser.add_argument("--per-directory", type=int, default=250, help="files per organisation directory")
    parser.add_argument("--invalid-rate", type=float, default=0.0)
    parser.add_argument("--format2-share", type=float, default=0.0, help="share of files written in project format 2")
    parser.add_argument("--as-of-year", type=int, default=2026, help="waiver dates are drawn around this year")
    parser.add_argument("--rule-ids", default=",".join(DEFAULT_RULE_IDS), help="comma-separated rule ids for waivers")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    rule_ids = [rule for rule in args.rule_ids.split(",") if rule]
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    total_bytes = 0
    for index in range(1, args.count + 1):
        directory = os.path.join(args.out, "org-%04d" % ((index - 1) // args.per_directory + 1))
        os.makedirs(directory, exist_ok=True)
        data = project(rng, index, rule_ids, args.as_of_year)
        if args.format2_share > 0:
            format2_rng = random.Random(args.seed * 1_000_003 + index)
            if format2_rng.random() < args.format2_share:
                data = to_format2(format2_rng, data, index)
        text = None
        if args.invalid_rate > 0 and rng.random() < args.invalid_rate:
            text = spoil(rng, data)
        if text is None:
            text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        with open(os.path.join(directory, "project-%06d.json" % index), "w", encoding="utf-8") as handle:
            handle.write(text)
        total_bytes += len(text.encode("utf-8"))
    print("generated %d project files (%.1f MB) in %s (seed %d)" % (args.count, total_bytes / 1e6, args.out, args.seed),
          file=sys.stderr)


if __name__ == "__main__":
    main()
