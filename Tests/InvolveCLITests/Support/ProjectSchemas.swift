import Foundation
import InvolveCore

/// The published schemas: the current format's (`involve schema`) and format 1's, frozen in
/// schema/project.schema.v1.json because involve still reads format 1 files. A document is
/// checked against the schema of the format it declares.
struct ProjectSchemas {
    let current: MiniSchemaChecker
    let format1: MiniSchemaChecker

    init() throws {
        current = try MiniSchemaChecker(schemaText: ProjectSchema.jsonText())
        format1 = try MiniSchemaChecker(schemaText: try String(contentsOfFile: Repository.path("schema/project.schema.v1.json"), encoding: .utf8))
    }

    /// The errors of the schema for the format `text` declares: format 1's when its
    /// `formatVersion` is one format 1 accepts, the current schema's otherwise.
    func errors(inText text: String) -> [String] {
        let asFormat1 = format1.errors(inText: text)
        if !asFormat1.contains(where: { $0.hasPrefix("$.formatVersion") }) { return asFormat1 }
        return current.errors(inText: text)
    }
}
