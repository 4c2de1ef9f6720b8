/// Reads a decision record file (JSON, `format: "involve.decision-record"`) back into a
/// `DecisionRecord`, with the same strictness and messages as project files: every problem is
/// reported with the file, line, column and JSON path. Keys this version does not know are
/// read with a note (`readingNotes`), since a newer involve may add some; a record whose
/// content no longer matches its own digest (`RecordDigest`) is refused.
public enum DecisionRecordLoader {
    /// Which parts of a record to read.
    public enum Parts: Sendable {
        /// Every part: what `verify`, the full appendix and a single record need.
        case whole
        /// What the annual report section and its brief appendix show
        /// (`DecisionRecord.forReportSection`). The parts it does not show (the trail, findings,
        /// open questions, next steps, audiences and Gunning principles) are checked to be
        /// well-formed JSON and covered by the digest, but not built or checked key by key.
        case reportSection

        /// The top-level keys left unread.
        var skippedKeys: Set<String> {
            switch self {
            case .whole: return []
            case .reportSection: return ["trail", "findings", "openQuestions", "nextSteps", "audiences", "fairness"]
            }
        }
    }

    public static func load(_ bytes: [UInt8], file: String, parts: Parts = .whole) -> Result<DecisionRecord, InputErrors> {
        let skipped = parts.skippedKeys
        guard !skipped.isEmpty else { return load(bytes, file: file, parsing: bytes, parts: parts) }
        // When the scan cannot vouch for the document, the original is parsed whole.
        let loaded = load(bytes, file: file, parsing: JSONSkipScan.blanking(skipped, in: bytes) ?? bytes, parts: parts)
        // A record that is refused is read again whole, so that it is refused with every problem
        // reading it whole finds (one in the trail of an edited record, not only the digest).
        if case .failure = loaded { return load(bytes, file: file, parsing: bytes, parts: .whole) }
        return loaded
    }

    /// `bytes` read from `text`, which is `bytes` or `bytes` with the parts not read blanked.
    private static func load(_ bytes: [UInt8], file: String, parsing text: [UInt8], parts: Parts) -> Result<DecisionRecord, InputErrors> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            return .failure(InputErrors(diagnostics: [InputDiagnostic(file: file, syntax: error)]))
        }
        if let problem = identify(root, file: file) {
            return .failure(InputErrors(diagnostics: [problem]))
        }
        let context = DecodingContext(file: file, unknownKeysAreNotes: true)
        let record = ObjectReader.decodeRoot(root, as: DecisionRecord.self, context: context)
        guard context.diagnostics.isEmpty, var record else {
            return .failure(InputErrors(diagnostics: context.diagnostics.sorted(by: InputErrors.order)))
        }
        if RecordDigest.check(bytes) == .changed {
            let location = context.sourceMap.location(of: JSONPath.root.appending(RecordDigest.key).description)
            return .failure(InputErrors(diagnostics: [InputDiagnostic(
                file: file, location: location, path: JSONPath.root.appending(RecordDigest.key),
                message: "the record was changed after it was written: its content no longer matches its own digest",
                expected: "the record exactly as involve record wrote it (write a new record rather than edit one)")]))
        }
        record.readingNotes = context.notes
        return .success(parts == .whole ? record : record.forReportSection)
    }

    /// Whether `bytes` are a JSON object whose `format` member is `"involve.decision-record"`:
    /// what tells a decision record from a project file when a folder holds both. Anything
    /// else (not JSON, another format, no format) is not a record; nothing else is checked.
    public static func declaresRecordFormat(_ bytes: [UInt8]) -> Bool {
        // Folder searches ask this of every project file, and almost none is a record. A JSON
        // string can spell an ASCII letter only as itself or as a \u00XX escape, so bytes that
        // hold neither the name nor any such escape cannot declare it: no need to parse them.
        // Most files hold no backslash at all, which is the quickest thing to rule out.
        guard recordFormatName.occurs(in: bytes)
                || (BytePattern.contains(UInt8(ascii: "\\"), in: bytes) && asciiEscape.occurs(in: bytes)) else { return false }
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              let format = members.last(where: { $0.key == "format" }),
              case .string(let name) = format.value.value else { return false }
        return name == DecisionRecord.format
    }

    private static let recordFormatName = BytePattern(DecisionRecord.format)
    private static let asciiEscape = BytePattern("\\u00")

    /// One clear error for a file that is not a decision record at all, or one written by a
    /// newer version, instead of a list of every key it does not recognise.
    static func identify(_ root: JSONNode, file: String) -> InputDiagnostic? {
        guard case .object(let members) = root.value else {
            return InputDiagnostic(file: file, location: root.location, path: .root, message: "a decision record must be one JSON object",
                                   expected: "an object { … }", found: root.value.kindName)
        }
        let formatPath = JSONPath.root.appending("format")
        guard let format = members.last(where: { $0.key == "format" }) else {
            return InputDiagnostic(file: file, location: root.location, path: formatPath, message: "is missing, so this is not a decision record",
                                   expected: "\"\(DecisionRecord.format)\"", found: "no \"format\" key")
        }
        guard case .string(let name) = format.value.value, name == DecisionRecord.format else {
            let found: String
            if case .string(let name) = format.value.value { found = "\"\(name)\"" } else { found = format.value.value.kindName }
            return InputDiagnostic(file: file, location: format.value.location, path: formatPath, message: "this is not a decision record",
                                   expected: "\"\(DecisionRecord.format)\"", found: found)
        }
        if let version = members.last(where: { $0.key == "formatVersion" }),
           case .number(let number) = version.value.value, let value = number.integer, value > DecisionRecord.formatVersion {
            return InputDiagnostic(file: file, location: version.value.location, path: JSONPath.root.appending("formatVersion"),
                                   message: "the record was written by a newer version of involve",
                                   expected: "formatVersion \(DecisionRecord.formatVersion) or lower (upgrade involve to read it)",
                                   found: String(value))
        }
        return nil
    }
}

extension DutyVerdict: InputEnum {}
extension Severity: InputEnum {}

extension DecisionRecord: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> DecisionRecord? {
        _ = reader.string("format", required: true)
        _ = reader.integer("formatVersion", in: 1...DecisionRecord.formatVersion, required: true)
        let recordID = reader.string("recordId", required: true)
        let asOf = reader.date("asOf", required: true)
        let tool = reader.object("tool", as: RecordTool.self, required: true)
        let rulebookVersion = reader.string("rulebookVersion", required: true)
        let input = reader.object("input", as: RecordInput.self, required: true)
        let project = reader.object("project", as: RecordProject.self, required: true)
        let verdict = reader.object("verdict", as: RecordVerdict.self, required: true)
        let route = reader.object("route", as: RecordRoute.self)
        let fairness = reader.object("fairness", as: RecordFairness.self)
        let decision = reader.object("decision", as: Decision.self)
        let keyDates = reader.objects("keyDates", as: RecordKeyDate.self) ?? []
        let audiences = reader.objects("audiences", as: Audience.self) ?? []
        let affectedGroups = reader.objects("affectedGroups", as: AffectedGroup.self) ?? []
        let plan = reader.object("plan", as: RecordPlan.self)
        let findings = reader.objects("findings", as: RecordFinding.self) ?? []
        let waivers = reader.objects("waivers", as: RecordWaiver.self) ?? []
        let openQuestions = reader.objects("openQuestions", as: RecordQuestion.self) ?? []
        let nextSteps = reader.strings("nextSteps") ?? []
        let trail = reader.objects("trail", as: RecordStep.self) ?? []
        // Checked against the bytes by `load`, once the record has been read.
        _ = reader.string(RecordDigest.key)
        guard let recordID, let asOf, let tool, let rulebookVersion, let input, let project, let verdict else { return nil }
        return DecisionRecord(recordID: recordID, asOf: asOf, toolVersion: tool.version, rulebookVersion: rulebookVersion,
                              input: input, project: project, verdict: verdict, route: route, fairness: fairness,
                              decision: decision, keyDates: keyDates, audiences: audiences, affectedGroups: affectedGroups,
                              plan: plan, findings: findings, waivers: waivers, openQuestions: openQuestions,
                              nextSteps: nextSteps, trail: trail)
    }
}

/// `"tool": {"name": "involve", "version": "0.1.0"}`.
struct RecordTool: ObjectDecodable {
    let version: String

    static func decode(from reader: ObjectReader) -> RecordTool? {
        _ = reader.string("name", required: true)
        return reader.string("version", required: true).map(RecordTool.init)
    }
}

extension RecordInput: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordInput? {
        let file = reader.string("file", required: true)
        let sha256 = reader.string("sha256", required: true)
        let bytes = reader.integer("bytes", in: 0...Int.max, required: true)
        guard let file, let sha256, let bytes else { return nil }
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ ("0"..."9").contains(Unicode.Scalar($0)) || ("a"..."f").contains(Unicode.Scalar($0)) }) else {
            reader.context.report(reader.path.appending("sha256"), at: reader.location, "is not a SHA-256 digest",
                                  expected: "64 lowercase hexadecimal characters", found: "\"\(sha256)\"")
            return nil
        }
        return RecordInput(file: file, sha256: sha256, bytes: bytes)
    }
}

extension RecordProject: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordProject? {
        let id = reader.string("id", required: true)
        let title = reader.string("title", required: true)
        let summary = reader.string("summary")
        let organisation = reader.object("organisation", as: Organisation.self, required: true)
        guard let id, let title, let organisation else { return nil }
        return RecordProject(id: id, title: title, summary: summary, organisation: organisation)
    }
}

extension RecordVerdict: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordVerdict? {
        let value = reader.value("value", as: DutyVerdict.self, required: true)
        let headline = reader.string("headline", required: true)
        let reason = reader.string("reason", required: true)
        let duty = reader.string("statutoryDuty")
        guard let value, let headline, let reason else { return nil }
        return RecordVerdict(value: value, headline: headline, reason: reason, statutoryDuty: duty)
    }
}

extension RecordRoute: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordRoute? {
        let kinds = reader.values("kinds", as: RecordRouteKind.self, required: true)
        let summary = reader.string("summary", required: true)
        guard let kinds, let summary else { return nil }
        return RecordRoute(kinds: kinds, summary: summary)
    }
}

extension RecordPrinciple: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordPrinciple? {
        let name = reader.string("name", required: true)
        let status = reader.value("status", as: PrincipleStatus.self, required: true)
        let explanation = reader.string("explanation", required: true)
        guard let name, let status, let explanation else { return nil }
        return RecordPrinciple(name: name, status: status, explanation: explanation)
    }
}

extension RecordFairness: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordFairness? {
        let summary = reader.string("summary", required: true)
        let principles = reader.objects("principles", as: RecordPrinciple.self, required: true)
        guard let summary, let principles else { return nil }
        return RecordFairness(summary: summary, principles: principles)
    }
}

extension RecordKeyDate: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordKeyDate? {
        let label = reader.string("label", required: true)
        let date = reader.date("date", required: true)
        guard let label, let date else { return nil }
        return RecordKeyDate(label: label, date: date)
    }
}

extension Audience: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> Audience? {
        let who = reader.string("who", required: true)
        let required = reader.bool("required", required: true)
        let basis = reader.string("basis", required: true)
        guard let who, let required, let basis else { return nil }
        return Audience(who: who, required: required, basis: basis)
    }
}

extension RecordReach: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordReach? {
        let audience = reader.string("audience", required: true)
        let how = reader.string("how", required: true)
        guard let audience, let how else { return nil }
        return RecordReach(audience: audience, how: how)
    }
}

extension RecordPlan: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordPlan? {
        RecordPlan(approach: reader.string("approach"), reach: reader.objects("reach", as: RecordReach.self) ?? [],
                   scrutinyStatus: reader.string("scrutinyStatus"), secretaryOfStateNotified: reader.bool("secretaryOfStateNotified"),
                   launchDate: reader.date("launchDate"))
    }
}

extension RecordFact: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordFact? {
        let path = reader.string("path", required: true)
        let value = reader.string("value", required: true)
        let line = reader.integer("line", in: 1...Int.max)
        let column = reader.integer("column", in: 1...Int.max)
        guard let path, let value else { return nil }
        return RecordFact(path: path, value: value, line: line, column: column)
    }
}

extension RecordFinding: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordFinding? {
        let ruleID = reader.string("ruleId", required: true)
        let severity = reader.value("severity", as: Severity.self, required: true)
        let message = reader.string("message", required: true)
        let facts = reader.objects("facts", as: RecordFact.self) ?? []
        guard let ruleID, let severity, let message else { return nil }
        return RecordFinding(ruleID: ruleID, severity: severity, message: message, facts: facts)
    }
}

extension RecordWaiver: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordWaiver? {
        let ruleID = reader.string("ruleId", required: true)
        let reason = reader.string("reason")
        let approvedBy = reader.string("approvedBy")
        let expires = reader.date("expires")
        guard let ruleID else { return nil }
        return RecordWaiver(ruleID: ruleID, reason: reason, approvedBy: approvedBy, expires: expires)
    }
}

extension RecordQuestion: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordQuestion? {
        let path = reader.string("path", required: true)
        let question = reader.string("question", required: true)
        let why = reader.string("whyItMatters", required: true)
        guard let path, let question, let why else { return nil }
        return RecordQuestion(path: path, question: question, whyItMatters: why)
    }
}

extension RecordCitation: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordCitation? {
        let document = reader.string("document", required: true)
        let title = reader.string("documentTitle", required: true)
        let section = reader.string("section", required: true)
        let lines = reader.string("lines")
        let quote = reader.string("quote")
        guard let document, let title, let section else { return nil }
        return RecordCitation(document: document, documentTitle: title, section: section, lines: lines, quote: quote)
    }
}

extension RecordStep: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> RecordStep? {
        let step = reader.integer("step", in: 1...Int.max, required: true)
        let ruleID = reader.string("ruleId", required: true)
        let title = reader.string("title", required: true)
        let question = reader.string("question", required: true)
        let answer = reader.string("answer", required: true)
        let inferred = reader.bool("inferred", required: true)
        let facts = reader.objects("facts", as: RecordFact.self) ?? []
        let citations = reader.objects("citations", as: RecordCitation.self) ?? []
        guard let step, let ruleID, let title, let question, let answer, let inferred else { return nil }
        return RecordStep(step: step, ruleID: ruleID, title: title, question: question, answer: answer,
                          inferred: inferred, facts: facts, citations: citations)
    }
}
