import Foundation

public enum CommandLineTool {
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        print("involve: not yet built")
        return 0
    }
}
