/// The tool's version, stamped on every JSON document and decision record.
public enum ToolVersion {
    public static let current = "0.1.0"
}
