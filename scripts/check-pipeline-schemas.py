#!/usr/bin/env python3
"""Checks involve's pipeline formats against the schemas the consuming systems publish.

    pip install jsonschema
    scripts/check-pipeline-schemas.py --sarif-schema PATH/sarif-schema-2.1.0.json [--involve .build/debug/involve]

- SARIF: validated against the OASIS SARIF 2.1.0 JSON schema (sarif-2.1/schema/sarif-schema-2.1.0.json
  in github.com/oasis-tcs/sarif-spec), then against what GitHub code scanning requires on top
  (relative URIs with a uriBaseId, primaryLocationLineHash, at most 25,000 results per run).
- GitLab Code Quality: validated against a JSON schema written from GitLab's documented format
  ("Code Quality report format": description, check_name, fingerprint, severity, location.path,
  location.lines.begin or location.positions.begin.line, the five severities).
- JUnit: parsed as XML, and checked for what GitLab's parser reads (testcase name, classname,
  file; failure, error or skipped as the status), and the totals on the root.
- With --workflow-schema (SchemaStore's src/schemas/json/github-workflow.json) and/or
  --gitlab-ci-schema (GitLab's app/assets/javascripts/editor/schema/ci.json), the GitHub Actions
  and GitLab CI jobs in docs/pipelines.md are validated too (needs PyYAML).

Not part of the product or of `swift test` (no package dependencies): a check to run by hand or
in the project's own CI before a release. Exit 0 when every check passes.
"""
import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema

CODE_QUALITY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "minLength": 1, "not": {"pattern": "^(/|\\./)"}},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}, "end": {"type": "integer", "minimum": 1}},
                    },
                    "positions": {"type": "object", "required": ["begin"]},
                },
                "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}


def involve(binary, *arguments):
    run = subprocess.run([binary, *arguments], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"involve {' '.join(arguments)} exited {run.returncode}: {run.stderr}")
    return run.stdout


def check_sarif(text, schema, problems):
    log = json.loads(text)
    for error in jsonschema.Draft7Validator(schema).iter_errors(log):
        problems.append(f"SARIF schema: {error.json_path}: {error.message}")
    for run in log["runs"]:
        if len(run.get("results", [])) > 25000:
            problems.append("SARIF: more than 25,000 results in a run (GitHub rejects the upload)")
        if "%SRCROOT%" not in run.get("originalUriBaseIds", {}):
            problems.append("SARIF: no originalUriBaseIds[%SRCROOT%]")
        for index, result in enumerate(run.get("results", [])):
            location = result["locations"][0]["physicalLocation"]
            artifact = location["artifactLocation"]
            if artifact["uri"].startswith("file:") or artifact.get("uriBaseId") != "%SRCROOT%":
                problems.append(f"SARIF: result {index}: {artifact} is not relative to %SRCROOT% (GH1006)")
            if "primaryLocationLineHash" not in result.get("partialFingerprints", {}) and result["ruleId"] != "input-error":
                problems.append(f"SARIF: result {index}: no primaryLocationLineHash")
    return len(log["runs"][0].get("results", []))


def check_code_quality(text, problems):
    issues = json.loads(text)
    for error in jsonschema.Draft7Validator(CODE_QUALITY_SCHEMA).iter_errors(issues):
        problems.append(f"Code Quality: {error.json_path}: {error.message}")
    fingerprints = [issue["fingerprint"] for issue in issues]
    if len(set(fingerprints)) != len(fingerprints):
        problems.append("Code Quality: two issues share a fingerprint (GitLab would show one)")
    return len(issues)


def check_junit(text, problems):
    root = ET.fromstring(text)
    cases = root.findall("./testsuite/testcase")
    for case in cases:
        for attribute in ("name", "classname", "file"):
            if not case.get(attribute):
                problems.append(f"JUnit: a testcase has no {attribute}")
    for key, count in (("tests", len(cases)), ("failures", len(root.findall("./testsuite/testcase/failure"))),
                       ("errors", len(root.findall("./testsuite/testcase/error"))),
                       ("skipped", len(root.findall("./testsuite/testcase/skipped")))):
        if root.get(key) != str(count):
            problems.append(f"JUnit: the root's {key} is {root.get(key)}, not {count}")
    names = [(case.get("classname"), case.get("name")) for case in cases]
    if len(set(names)) != len(names):
        problems.append("JUnit: two test cases share a class name and name")
    return len(cases)


def doc_jobs():
    """The YAML jobs of docs/pipelines.md, by the comment on their first line."""
    import yaml
    with open("docs/pipelines.md", encoding="utf-8") as file:
        text = file.read()
    jobs = {}
    for block in text.split("```yaml\n")[1:]:
        body = block.split("```", 1)[0]
        jobs[body.splitlines()[0]] = yaml.safe_load(body)
    return jobs


def check_jobs(workflow_schema, gitlab_schema, problems):
    jobs = doc_jobs()
    checked = 0
    for name, job in jobs.items():
        schema_path = workflow_schema if ".github/workflows" in name else gitlab_schema if ".gitlab-ci" in name else None
        if not schema_path:
            continue
        with open(schema_path, encoding="utf-8") as file:
            schema = json.load(file)
        if ".github/workflows" in name:
            # YAML 1.1 reads the key `on` as True; GitHub reads it as "on".
            job = {("on" if key is True else key): value for key, value in job.items()}
        for error in jsonschema.Draft7Validator(schema).iter_errors(job):
            problems.append(f"{name}: {error.json_path}: {error.message}")
        checked += 1
    return checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sarif-schema", required=True)
    parser.add_argument("--involve", default=".build/debug/involve")
    parser.add_argument("--workflow-schema")
    parser.add_argument("--gitlab-ci-schema")
    parser.add_argument("paths", nargs="*", default=["Examples"])
    arguments = parser.parse_args()
    with open(arguments.sarif_schema, encoding="utf-8") as file:
        schema = json.load(file)
    common = ["--as-of", "2026-01-15", "--fail-on", "none"]
    problems = []
    results = check_sarif(involve(arguments.involve, "assess", *arguments.paths, "--format", "sarif", *common), schema, problems)
    issues = check_code_quality(involve(arguments.involve, "assess", *arguments.paths, "--format", "codequality", *common), problems)
    cases = check_junit(involve(arguments.involve, "assess", *arguments.paths, "--format", "junit", *common), problems)
    jobs = check_jobs(arguments.workflow_schema, arguments.gitlab_ci_schema, problems) \
        if arguments.workflow_schema or arguments.gitlab_ci_schema else 0
    for problem in problems:
        print(problem)
    print(f"SARIF: {results} results; Code Quality: {issues} issues; JUnit: {cases} test cases; "
          f"CI jobs checked: {jobs}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
