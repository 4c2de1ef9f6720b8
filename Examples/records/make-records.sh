#!/bin/sh
# Regenerates the example decision records in this directory from the project files in
# projects/, each assessed as of the date it was assessed in the (fictional) year.
# Run from anywhere after `swift build`; records are replaced (--force) because the examples
# are regenerated whenever the tool's output changes. Real records are never replaced.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
involve=${INVOLVE:-"$here/../../.build/debug/involve"}

record() {
  "$involve" record "$here/projects/$1" --out "$here" --as-of "$2" --force >/dev/null
}

record nfd-2024-019-diabetes-education.json        2025-03-04
record nfd-2025-001-joint-forward-plan.json        2025-04-08
record nfd-2025-002-eastgate-phlebotomy.json       2025-04-22
record nfd-2025-003-millbrook-branch.json          2025-05-06
record nfd-2025-004-stroke.json                    2025-06-03
record nfd-2025-005-audiology.json                 2025-06-17
record nfd-2025-006-riverside-utc.json             2025-07-01
record nfd-2025-007-online-consultation.json       2025-07-15
record nfd-2025-008-westbrook-births.json          2025-08-12
record nfd-2025-009-gluten-free.json               2025-09-02
record nfd-2025-010-fertility.json                 2025-10-07
record nfd-2025-011-crisis-cafe.json               2025-10-21
record nfd-2025-012-dermatology-retirement.json    2025-11-18
record nfd-2025-013-winter-campaign.json           2025-11-25
record nfd-2025-014-wheelchair-service.json        2025-12-09
record nfd-2025-004-stroke-decision.json           2026-01-20
record nfd-2025-015-pharmacy-minor-ailments.json   2026-02-10
record nfd-2025-016-falls-prevention.json          2026-02-24

"$involve" report "$here" --from 2025-04-01 --to 2026-03-31 --format markdown --output "$here/annual-report-2025-26.md"
"$involve" report "$here" --from 2025-04-01 --to 2026-03-31 --format html --output "$here/annual-report-2025-26.html"
"$involve" report "$here" --from 2025-04-01 --to 2026-03-31 --format docx --output "$here/annual-report-2025-26.docx"
