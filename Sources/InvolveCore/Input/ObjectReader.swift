/// A closed set of string values in the project file (`"icb"`, `"relocation"` …).
public protocol InputEnum: CaseIterable, RawRepresentable, Sendable, Hashable where RawValue == String {}

/// A type that can be read from one JSON object of the project file.
public protocol ObjectDecodable: Sendable {
    /// Reads the fields; returns nil when a required field is missing or unusable (the reader
    /// has already recorded why). Must ask the reader for every key the type understands, so
    /// that unknown keys and "did you mean" are right.
    static func decode(from reader: ObjectReader) -> Self?
}

/// Collects every problem in a file rather than stopping at the first, and remembers where
/// each fact was read so the assessment can cite its line and column.
public final class DecodingContext {
    public let file: String
    /// The problems found, at most `listedLimit` of them, then one line counting the rest: a
    /// file of 100,000 unknown keys gets a readable message, not 100,000 lines, and reading it
    /// does not hold 100,000 messages in memory.
    public var diagnostics: [InputDiagnostic] {
        guard omitted > 0 else { return listed }
        return listed + [InputDiagnostic(file: file, location: nil, path: .root,
                                         message: "\(omitted) more error\(omitted == 1 ? "" : "s") not listed (only the first \(Self.listedLimit) in a file are)")]
    }
    /// How many problems a file's message lists.
    public static let listedLimit = 100
    private var listed: [InputDiagnostic] = []
    /// Problems found past `listedLimit`, counted but not kept.
    private var omitted = 0
    /// True once no more problems will be listed, so that callers can skip building messages.
    var isFull: Bool { listed.count >= Self.listedLimit }
    /// Where each value was read; set when the root is decoded.
    public internal(set) var sourceMap = SourceMap()
    /// Keys each object type was asked for, by path with indices removed (`$.changes[].kind`).
    /// The schema test compares these with the published JSON Schema.
    public private(set) var knownKeys: [String: Set<String>] = [:]
    /// The values allowed for each closed set of strings, by path shape (`$.activity[]`), for
    /// the test that compares the schema's `enum` lists with the Swift enums.
    public private(set) var knownEnums: [String: [String]] = [:]

    /// Set when the file declares a newer format than this tool reads: its other keys may be
    /// valid there, so the loader reports this problem alone.
    public internal(set) var newerFormat: InputDiagnostic?

    /// The format version the file declares, once read (1 until then). Decoders shared by both
    /// versions ask for the keys format 2 added only when this is 2 or more, so that a format 1
    /// file keeps exactly the keys it always had.
    public internal(set) var formatVersion = 1

    /// Whether to record `knownKeys` and `knownEnums`. Only the schema tests need them, and
    /// recording them costs time on every value read.
    public let recordsShapes: Bool

    /// The most items any one array may hold, or nil for no limit. A project file sets it
    /// (`ProjectLoader.maximumItems`): each change, group or audience adds findings and trail
    /// steps, so 200,000 of them in a 5 MiB file made a record of 100 MB and a run of 1 GB.
    public let maximumItems: Int?

    /// Whether a key this version does not know is a note rather than an error. Decision
    /// records set it: a newer involve may add keys without changing the format version
    /// (only removing or changing one does), and a record must stay readable for years.
    public let unknownKeysAreNotes: Bool
    /// What was noticed but did not stop the file being read (unknown keys, when allowed).
    public private(set) var notes: [String] = []

    public init(file: String, recordsShapes: Bool = false, maximumItems: Int? = nil, unknownKeysAreNotes: Bool = false) {
        self.file = file
        self.recordsShapes = recordsShapes
        self.maximumItems = maximumItems
        self.unknownKeysAreNotes = unknownKeysAreNotes
    }

    func note(_ text: String) {
        if notes.count < Self.listedLimit { notes.append(text) }
    }

    /// Reports an array longer than `maximumItems`; true when it is within the limit.
    func withinItemLimit(_ elements: [JSONNode], at path: JSONPath, _ location: SourceLocation) -> Bool {
        guard let maximumItems, elements.count > maximumItems else { return true }
        report(path, at: location, "has \(elements.count) items, more than the \(maximumItems) a project file may have in one list",
               expected: "at most \(maximumItems) items (split the project into several files)", found: "\(elements.count) items")
        return false
    }

    func report(_ path: JSONPath, at location: SourceLocation?, _ message: String,
                expected: String? = nil, found: String? = nil, suggestion: String? = nil) {
        if isFull { omitted += 1; return }
        listed.append(InputDiagnostic(file: file, location: location, path: path, message: message,
                                      expected: expected, found: found, suggestion: suggestion))
    }

    func report(_ diagnostic: InputDiagnostic) {
        if isFull { omitted += 1 } else { listed.append(diagnostic) }
    }

    /// A problem found once the list is full: counted without building its message.
    func countOmitted() { omitted += 1 }

    func noteKnown(_ key: String, at path: JSONPath) {
        guard recordsShapes else { return }
        knownKeys[SourceMap.shape(of: path), default: []].insert(key)
    }

    func noteEnum<E: InputEnum>(_ type: E.Type, at path: @autoclosure () -> JSONPath) {
        guard recordsShapes else { return }
        noteChoices(E.allCases.map(\.rawValue), at: path())
    }

    /// A closed list of strings that is not a Swift enum (rule ids in a waiver).
    func noteChoices(_ values: [String], at path: @autoclosure () -> JSONPath) {
        guard recordsShapes else { return }
        knownEnums[SourceMap.shape(of: path())] = values
    }
}

/// Reads the members of one JSON object. Every accessor records the key as known, checks the
/// type, reports problems to the context, and returns nil for anything it could not read.
public final class ObjectReader {
    public let path: JSONPath
    public let location: SourceLocation
    public let context: DecodingContext
    private let members: [JSONMember]
    /// Every key the type asked for, in the order asked (repeats allowed: they are removed
    /// only when an error message needs the list).
    private var askedKeys: [String] = []
    /// Bit i is set when member i (of the first 64) was read, so that `finish` compares keys
    /// only for members nobody asked for.
    private var readMembers: UInt64 = 0
    /// Keys a later format added, with that format: refused here with a message saying so.
    private var laterFormatKeys: [String: Int] = [:]
    /// Keys an earlier format had and this one replaced, with their replacement.
    private var replacedKeys: [String: String] = [:]

    init(members: [JSONMember], path: JSONPath, location: SourceLocation, context: DecodingContext) {
        self.members = members
        self.path = path
        self.location = location
        self.context = context
    }

    /// Reads the root of a document as `T`, reporting a non-object root.
    public static func decodeRoot<T: ObjectDecodable>(_ node: JSONNode, as type: T.Type, context: DecodingContext) -> T? {
        guard case .object(let members) = node.value else {
            context.report(.root, at: node.location, "the project file must be one JSON object",
                           expected: "an object { … }", found: node.value.described)
            return nil
        }
        context.sourceMap = SourceMap(root: node)
        let reader = ObjectReader(members: members, path: .root, location: node.location, context: context)
        let value = T.decode(from: reader)
        reader.finish()
        return value
    }

    // MARK: Scalars

    public func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key, required: required, expected: "a string") else { return nil }
        guard case .string(let text) = node.value else { return mismatch(key, node, expected: "a string") }
        if ProjectTemplate.isPlaceholder(text) { return placeholder(path.appending(key), node, text) }
        // A string starting with a printable ASCII character other than a space is not blank:
        // most are, and checking by Character costs grapheme breaking on every string read.
        if required && !(text.utf8.first.map { $0 > 0x20 && $0 < 0x7F } ?? false) && text.allSatisfy(\.isWhitespace) {
            context.report(path.appending(key), at: node.location, "must not be empty", expected: "some text",
                           found: text.isEmpty ? "an empty string" : "only spaces " + InputText.quoted(text))
            return nil
        }
        return text
    }

    public func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let node = node(key, required: required, expected: "true or false") else { return nil }
        guard case .bool(let value) = node.value else {
            if case .string(let text) = node.value, ["true", "false", "yes", "no"].contains(text.lowercased()) {
                context.report(path.appending(key), at: node.location, "must be a JSON boolean, not text",
                               expected: "true or false without quotes", found: InputText.quoted(text))
                return nil
            }
            return mismatch(key, node, expected: "true or false")
        }
        return value
    }

    public func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let node = node(key, required: required, expected: "a whole number") else { return nil }
        guard case .number(let number) = node.value else { return mismatch(key, node, expected: "a whole number") }
        // 12.0 and 1e3 are whole numbers too (as in JSON Schema); 12.5 is not, and 1e400 is out of any range.
        guard let value = number.integer ?? Self.exactInteger(number.value) else {
            let whole = !number.value.isFinite || number.value == number.value.rounded()
            context.report(path.appending(key), at: node.location, whole ? "is out of range" : "must be a whole number",
                           expected: "a whole number from \(range.lowerBound) to \(range.upperBound)", found: number.text)
            return nil
        }
        guard range.contains(value) else {
            context.report(path.appending(key), at: node.location, "is out of range",
                           expected: "a whole number from \(range.lowerBound) to \(range.upperBound)", found: number.text)
            return nil
        }
        return value
    }

    public func number(_ key: String, in range: ClosedRange<Double>, required: Bool = false) -> Double? {
        guard let node = node(key, required: required, expected: "a number") else { return nil }
        guard case .number(let number) = node.value else { return mismatch(key, node, expected: "a number") }
        guard number.value.isFinite, range.contains(number.value) else {
            context.report(path.appending(key), at: node.location, "is out of range",
                           expected: "a number from \(format(range.lowerBound)) to \(format(range.upperBound))", found: number.text)
            return nil
        }
        return number.value
    }

    /// The format version of the file: names the versions this tool reads, so that a file written
    /// for a newer format says so rather than "out of range".
    public func formatVersion(_ key: String, reads versions: ClosedRange<Int>) -> Int? {
        let list = versions.lowerBound == versions.upperBound ? "\(versions.lowerBound)"
            : versions.map(String.init).dropLast().joined(separator: ", ") + " or \(versions.upperBound)"
        let expected = "\(list) (the project file formats this version of involve reads)"
        guard let node = node(key, required: true, expected: expected) else { return nil }
        guard case .number(let number) = node.value else { return mismatch(key, node, expected: "the number \(list)") }
        guard let version = number.integer ?? Self.exactInteger(number.value), versions.contains(version) else {
            let newer = (number.integer ?? Self.exactInteger(number.value)).map { $0 > versions.upperBound } ?? false
            let problem = InputDiagnostic(file: context.file, location: node.location, path: path.appending(key),
                                          message: "this version of involve reads project files of format version \(list) only"
                                              + (newer ? " (the file may be for a newer involve; nothing else in it was checked)" : ""),
                                          expected: list, found: number.text)
            if newer { context.newerFormat = problem }
            context.report(problem)
            return nil
        }
        context.formatVersion = version
        return version
    }

    /// True when the file's format has the keys added in `version`: decoders ask for those keys
    /// only then. In an older file they are refused with a message naming the format they need.
    /// Notes that `key`, read in earlier formats, is replaced by `replacement` in the file's format.
    public func replaced(_ key: String, by replacement: String) {
        replacedKeys[key] = replacement
    }

    public func hasFormat(_ version: Int, keys: [String] = []) -> Bool {
        if context.formatVersion >= version { return true }
        for key in keys { laterFormatKeys[key] = version }
        return false
    }

    public func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = node(key, required: required, expected: "a date YYYY-MM-DD") else { return nil }
        guard case .string(let text) = node.value else { return mismatch(key, node, expected: "a date \"YYYY-MM-DD\"") }
        guard let date = CalendarDate(iso: text) else {
            let looksRight = text.utf8.count == 10 && text.split(separator: "-").count == 3
            context.report(path.appending(key), at: node.location,
                           looksRight ? "is not a real calendar date" : "is not a date in the form YYYY-MM-DD",
                           expected: "a date such as \"2026-03-31\"", found: InputText.quoted(text))
            return nil
        }
        guard date.isSupported else {
            context.report(path.appending(key), at: node.location,
                           "is outside the dates involve works with (\(CalendarDate.supportedRangeText))",
                           expected: "a date \(CalendarDate.supportedRangeText)", found: InputText.quoted(text))
            return nil
        }
        return date
    }

    public func value<E: InputEnum>(_ key: String, as type: E.Type, required: Bool = false) -> E? {
        context.noteEnum(E.self, at: path.appending(key))
        guard let node = node(key, required: required, expected: Self.choices(E.self)) else { return nil }
        return enumValue(node, at: path.appending(key), as: type)
    }

    // MARK: Arrays and objects

    public func values<E: InputEnum>(_ key: String, as type: E.Type, required: Bool = false) -> [E]? {
        context.noteEnum(E.self, at: path.appending(key).appending(0))
        // Built only for an error message: listing every allowed value is costly.
        func expected() -> String { "an array of " + Self.choices(E.self) }
        guard let node = node(key, required: required, expected: expected()) else { return nil }
        // "activity": "planning" for ["planning"]: say how to write it.
        if case .string(let text) = node.value, E(rawValue: text) != nil {
            context.report(path.appending(key), at: node.location, "must be an array, even for one value",
                           expected: expected(), found: InputText.quoted(text), suggestion: "[" + InputText.quoted(text) + "]")
            return nil
        }
        guard case .array(let elements) = node.value else { return mismatch(key, node, expected: expected()) }
        guard context.withinItemLimit(elements, at: path.appending(key), node.location) else { return nil }
        return elements.enumerated().compactMap { index, node in enumValue(node, at: path.appending(key).appending(index), as: type) }
    }

    public func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let elements = array(key, required: required, expected: "an array of strings") else { return nil }
        return elements.enumerated().compactMap { index, node in
            guard case .string(let text) = node.value else {
                context.report(path.appending(key).appending(index), at: node.location, "has the wrong type", expected: "a string", found: node.value.described)
                return nil
            }
            return text
        }
    }

    public func object<T: ObjectDecodable>(_ key: String, as type: T.Type, required: Bool = false) -> T? {
        guard let node = node(key, required: required, expected: "an object") else { return nil }
        return decodeObject(node, at: path.appending(key), as: type)
    }

    public func objects<T: ObjectDecodable>(_ key: String, as type: T.Type, required: Bool = false) -> [T]? {
        guard let elements = array(key, required: required, expected: "an array of objects") else { return nil }
        return elements.enumerated().compactMap { index, node in decodeObject(node, at: path.appending(key).appending(index), as: type) }
    }

    /// A member kept as raw JSON: the one place an organisation may keep its own data.
    public func raw(_ key: String) -> JSONNode? {
        node(key, required: false, expected: "any JSON value")
    }

    /// A member that must be an object but whose members are the organisation's own (`extensions`).
    public func freeFormObject(_ key: String) -> JSONNode? {
        guard let node = node(key, required: false, expected: "an object") else { return nil }
        guard case .object = node.value else { return mismatch(key, node, expected: "an object { … } of your own keys") }
        return node
    }

    /// Reports duplicate and unknown keys. Called once the type has asked for all its keys.
    func finish() {
        var duplicates = DuplicateKeys(members)
        // Built once, for the first unknown key: the keys this object knows, and how to say them.
        var known: (keys: [String], listed: String)?
        var unknownCount = 0
        for (index, member) in members.enumerated() {
            if let first = duplicates.earlierOccurrence(of: index) {
                if context.isFull { context.countOmitted(); continue }
                context.report(path.appending(member.key), at: member.keyLocation,
                               "is given twice (first at line \(first.line), column \(first.column)); a second value would silently replace the first",
                               expected: "each key once", found: "a duplicate key")
            }
            let read = index < 64 && readMembers & (1 << UInt64(index)) != 0
            if !read && !askedKeys.contains(member.key), let version = laterFormatKeys[member.key] {
                context.report(path.appending(member.key), at: member.keyLocation,
                               "belongs to project file format \(version), and this file declares format \(context.formatVersion)",
                               expected: "\"formatVersion\": \(version) to use it (see docs/project-file.md, migrating from format 1)",
                               found: InputText.quoted(member.key))
            } else if !read && !askedKeys.contains(member.key), let replacement = replacedKeys[member.key] {
                context.report(path.appending(member.key), at: member.keyLocation,
                               "belongs to project file format 1; format \(context.formatVersion) replaced it",
                               expected: InputText.quoted(replacement) + " (see docs/project-file.md, migrating from format 1)",
                               found: InputText.quoted(member.key), suggestion: InputText.quoted(replacement))
            } else if !read && !askedKeys.contains(member.key) {
                if context.unknownKeysAreNotes {
                    context.note("\(TerminalText.line(context.file)): \(path.appending(member.key)) is not a key this version of involve knows (a newer version may have written it); it was ignored")
                    continue
                }
                unknownCount += 1
                if context.isFull { context.countOmitted(); continue }
                if known == nil {
                    var seen = Set<String>()
                    let keys = askedKeys.filter { seen.insert($0).inserted }
                    known = (keys, "one of " + keys.sorted().map(InputText.quoted).joined(separator: ", "))
                }
                guard let known else { continue }
                // "Did you mean" costs an edit distance per known key: worth it for the first few
                // unknown keys of an object (typos), not for thousands (a file of something else).
                let suggestion = unknownCount <= Self.suggestedUnknownKeys
                    ? Suggestions.nearest(to: member.key, among: known.keys).map(InputText.quoted) : nil
                context.report(path.appending(member.key), at: member.keyLocation, "is not a known key here",
                               expected: known.listed, found: InputText.quoted(member.key), suggestion: suggestion)
            }
        }
    }

    /// How many unknown keys of one object get a "did you mean".
    static let suggestedUnknownKeys = 32

    // MARK: Internals

    /// `expected` is built only when there is an error to report: for enums it lists every
    /// allowed value, and building it for every value read dominated the time to decode a file.
    private func node(_ key: String, required: Bool, expected: @autoclosure () -> String) -> JSONNode? {
        askedKeys.append(key)
        context.noteKnown(key, at: path)
        guard let index = members.lastIndex(where: { $0.key == key }) else {
            if required {
                context.report(path.appending(key), at: location, "is required but missing", expected: expected(), found: "no \"\(key)\" key")
            }
            return nil
        }
        if index < 64 { readMembers |= 1 << UInt64(index) }
        let member = members[index]
        if case .null = member.value.value {
            if required {
                context.report(path.appending(key), at: member.value.location, "is required and cannot be null", expected: expected(), found: "null")
            }
            return nil
        }
        return member.value
    }

    private func array(_ key: String, required: Bool, expected: @autoclosure () -> String) -> [JSONNode]? {
        guard let node = node(key, required: required, expected: expected()) else { return nil }
        guard case .array(let elements) = node.value else { return mismatch(key, node, expected: expected()) }
        guard context.withinItemLimit(elements, at: path.appending(key), node.location) else { return nil }
        return elements
    }

    private func enumValue<E: InputEnum>(_ node: JSONNode, at path: @autoclosure () -> JSONPath, as type: E.Type) -> E? {
        guard case .string(let text) = node.value else {
            context.report(path(), at: node.location, "has the wrong type", expected: Self.choices(E.self), found: node.value.described)
            return nil
        }
        if ProjectTemplate.isPlaceholder(text) { return placeholder(path(), node, text, expected: Self.choices(E.self)) }
        guard let value = E(rawValue: text) else {
            let suggestion = Suggestions.nearest(to: text, among: E.allCases.map(\.rawValue)).map(InputText.quoted)
            context.report(path(), at: node.location, "is not an allowed value", expected: Self.choices(E.self), found: InputText.quoted(text), suggestion: suggestion)
            return nil
        }
        return value
    }

    private func decodeObject<T: ObjectDecodable>(_ node: JSONNode, at path: @autoclosure () -> JSONPath, as type: T.Type) -> T? {
        guard case .object(let members) = node.value else {
            context.report(path(), at: node.location, "has the wrong type", expected: "an object", found: node.value.described)
            return nil
        }
        let reader = ObjectReader(members: members, path: path(), location: node.location, context: context)
        let value = T.decode(from: reader)
        reader.finish()
        return value
    }

    /// A starter file's placeholder, left as `involve init` wrote it.
    private func placeholder<T>(_ path: JSONPath, _ node: JSONNode, _ text: String, expected: String? = nil) -> T? {
        let what = String(text.dropFirst(ProjectTemplate.placeholderPrefix.count))
        context.report(path, at: node.location, "is still a placeholder from the starter file (involve init): replace it",
                       expected: expected ?? what, found: InputText.quoted(text))
        return nil
    }

    private func mismatch<T>(_ key: String, _ node: JSONNode, expected: String) -> T? {
        context.report(path.appending(key), at: node.location, "has the wrong type", expected: expected, found: node.value.described)
        return nil
    }

    /// The exact integer a whole-number Double stands for, when it is small enough to be exact.
    static func exactInteger(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), abs(value) <= 9_007_199_254_740_992 else { return nil }
        return Int(value)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func choices<E: InputEnum>(_ type: E.Type) -> String {
        "one of " + E.allCases.map { InputText.quoted($0.rawValue) }.joined(separator: ", ")
    }
}
