#!/usr/bin/env python3
"""Generates COUNT decision records for benchmarking `involve report`.

Each record is one of the example year's records (Examples/records/*.json) with a new record
id, project id and input file name, and every date in it moved by the same seeded number of
days (up to two years back), so the records span more than one reporting year and every
verdict, route and decision in the examples appears. Seeded: the same files every time.

    scripts/generate-records.py --count 10000 --seed 42 --out /tmp/involve-bench/records
"""
import argparse, datetime, hashlib, json, os, random, re

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def shifted(value, days):
    """`value` with every YYYY-MM-DD string in it moved by `days`."""
    if isinstance(value, dict):
        return {key: shifted(item, days) for key, item in value.items()}
    if isinstance(value, list):
        return [shifted(item, days) for item in value]
    if isinstance(value, str) and DATE.match(value):
        return (datetime.date.fromisoformat(value) - datetime.timedelta(days=days)).isoformat()
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "records")
    templates = []
    for name in sorted(os.listdir(examples)):
        if name.endswith(".json"):
            with open(os.path.join(examples, name), encoding="utf-8") as file:
                templates.append(json.load(file))
    generator = random.Random(arguments.seed)
    os.makedirs(arguments.out, exist_ok=True)
    for index in range(arguments.count):
        record = shifted(templates[index % len(templates)], generator.randrange(0, 730))
        project_id = "GEN-%05d" % index
        record["project"]["id"] = project_id
        record["project"]["title"] = "%s (%05d)" % (record["project"]["title"], index)
        record["recordId"] = "gen-%05d-%s" % (index, record["asOf"])
        record["input"]["file"] = "gen-%05d.json" % index
        # Sealed as involve record seals a record: the SHA-256 of its own bytes with the digest
        # written as zeros (docs/records.md), so that involve report accepts it as intact.
        record.pop("recordSHA256", None)
        record["recordSHA256"] = "0" * 64
        text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        text = text[: text.rindex("0" * 64)] + digest + text[text.rindex("0" * 64) + 64 :]
        with open(os.path.join(arguments.out, record["recordId"] + ".json"), "w", encoding="utf-8") as file:
            file.write(text)


if __name__ == "__main__":
    main()
