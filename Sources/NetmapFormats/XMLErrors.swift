/// Plain words for the libxml2 error codes that XMLParser reports without a message.
enum XMLErrors {
    static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the file ends before the document does"
        case 9: "a character that XML does not allow"
        case 23, 38, 39, 40, 41, 65, 73: "a malformed tag or attribute"
        case 26: "an undeclared entity"
        case 76: "a closing tag that does not match its opening tag"
        case 77: "a tag is not closed"
        case 111: "an entity loop or an entity that expands too far"
        default: "malformed XML (libxml2 error \(code))"
        }
    }
}
