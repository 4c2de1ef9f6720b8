/// Turns the bytes of a project file into a `Project`, or into every problem found in it.
public enum ProjectLoader {
    /// The most items one list in a project file may hold (docs/project-file.md): far above any
    /// real plan (a few changes, a dozen groups), low enough that output and memory stay small.
    public static let maximumItems = 1000

    public static func load(_ bytes: [UInt8], file: String) -> Result<Project, InputErrors> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(InputErrors(diagnostics: [InputDiagnostic(file: file, syntax: error)]))
        }
        let context = DecodingContext(file: file, maximumItems: maximumItems)
        let project = ObjectReader.decodeRoot(root, as: Project.self, context: context)
        if let newer = context.newerFormat { return .failure(InputErrors(diagnostics: [newer])) }
        guard context.diagnostics.isEmpty, var project else {
            return .failure(InputErrors(diagnostics: context.diagnostics.sorted(by: InputErrors.order)))
        }
        project.sourceMap = context.sourceMap
        return .success(project)
    }

    /// The `id` a project file gives at its top level, whether or not the rest of it is
    /// valid: what `involve verify` matches records to their project files by.
    public static func declaredID(_ bytes: [UInt8]) -> String? {
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              let id = members.last(where: { $0.key == "id" }), case .string(let text) = id.value.value else { return nil }
        return text
    }
}

/// All the problems found in one input, in file order.
public struct InputErrors: Error, Sendable {
    public let diagnostics: [InputDiagnostic]

    public init(diagnostics: [InputDiagnostic]) { self.diagnostics = diagnostics }

    static func order(_ a: InputDiagnostic, _ b: InputDiagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?): return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        case (nil, nil): return a.path.description < b.path.description
        }
    }
}
