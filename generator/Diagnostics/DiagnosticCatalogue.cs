using OcopShowcase.Content;

namespace OcopShowcase.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report. Codes are stable: the editor's guide, CI annotations and
/// staff habits refer to them, so a code is never reused for another meaning.
/// OCOP0xx: files and front matter; OCOP1xx: fields; OCOP2xx: cross-references and rules;
/// OCOP3xx: site configuration and theme.
/// </summary>
public static class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "OCOP001", Severity.Error,
        "Không đọc được tệp: {0}.",
        "Cannot read the file: {0}.",
        "Tệp bị hỏng hoặc không phải văn bản UTF-8.",
        "Lưu lại tệp dưới dạng văn bản UTF-8.");

    public static readonly DiagnosticDescriptor FrontMatterMissing = new(
        "OCOP002", Severity.Error,
        "Tệp phải bắt đầu bằng dòng \"---\", tiếp theo là các trường thông tin, rồi một dòng \"---\" nữa.",
        "The file must start with a \"---\" line, then its fields, then another \"---\" line.",
        "Tệp bắt đầu ngay bằng nội dung bài viết.",
        "Thêm khối thông tin giữa hai dòng \"---\" ở đầu tệp (xem mẫu trong hướng dẫn).");

    public static readonly DiagnosticDescriptor FrontMatterUnclosed = new(
        "OCOP003", Severity.Error,
        "Khối thông tin mở bằng \"---\" nhưng không có dòng \"---\" đóng lại.",
        "The front matter opened with \"---\" is never closed by another \"---\" line.",
        "Quên dòng \"---\" sau trường cuối cùng.",
        "Thêm một dòng chỉ có \"---\" sau trường cuối cùng.");

    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "OCOP004", Severity.Error,
        "YAML đọc một ký tự trong giá trị này là cú pháp (như \": \" giữa câu; \"*\", \"&\", \"@\" hoặc \"[\" ở đầu giá trị), nên không đọc được dòng này.",
        "YAML reads a character of this value as syntax (such as \": \" inside the text, or \"*\", \"&\", \"@\" or \"[\" at its start), so the line cannot be read.",
        "summary: Giá: 45.000 đồng một gói",
        "Đặt cả giá trị trong ngoặc kép: summary: \"Giá: 45.000 đồng một gói\".");

    public static readonly DiagnosticDescriptor DuplicateField = new(
        "OCOP005", Severity.Error,
        "Trường \"{0}\" được khai báo hai lần.",
        "The field \"{0}\" is declared twice.",
        "Hai dòng \"price:\" trong cùng một tệp.",
        "Xóa một trong hai dòng, giữ lại giá trị đúng.");

    public static readonly DiagnosticDescriptor NotAMapping = new(
        "OCOP006", Severity.Error,
        "Khối thông tin phải là danh sách các trường dạng \"ten: gia tri\".",
        "The front matter must be a list of \"name: value\" fields.",
        "Khối thông tin chỉ có một dòng văn bản.",
        "Viết mỗi thông tin trên một dòng theo dạng \"ten: gia tri\".");

    public static readonly DiagnosticDescriptor YamlTab = new(
        "OCOP007", Severity.Error,
        "Dòng này thụt đầu dòng bằng phím Tab; YAML chỉ chấp nhận dấu cách.",
        "This line is indented with a Tab; YAML accepts only spaces.",
        "Dòng \"postmart:\" dưới \"buy:\" được thụt vào bằng Tab.",
        "Xóa ký tự Tab ở đầu dòng và thụt vào bằng dấu cách (thường là 2 dấu cách), thẳng hàng với các trường cùng cấp.");

    public static readonly DiagnosticDescriptor YamlUnclosedQuote = new(
        "OCOP008", Severity.Error,
        "Dấu nháy ({0}) mở ở đây nhưng không được đóng trên cùng dòng.",
        "The quote ({0}) opened here is not closed on the same line.",
        "name: \"Chè lam",
        "Thêm dấu nháy đóng ở cuối giá trị: name: \"Chè lam\". Nếu trong giá trị có dấu nháy kép, viết nó là \\\".");

    public static readonly DiagnosticDescriptor YamlMissingColon = new(
        "OCOP009", Severity.Error,
        "Dòng \"{0}\" thiếu dấu \":\" và dấu cách sau tên trường.",
        "The line \"{0}\" lacks a \":\" and a space after the field name.",
        "price 45000 hoặc price:45000",
        "Viết tên trường, dấu \":\", một dấu cách rồi đến giá trị: price: 45000.");

    public static readonly DiagnosticDescriptor UnknownField = new(
        "OCOP010", Severity.Error,
        "Không có trường \"{0}\".",
        "There is no field \"{0}\".",
        "Gõ nhầm \"prodcer:\" thay cho \"producer:\".",
        "Sửa tên trường theo gợi ý, hoặc xóa dòng đó.");

    public static readonly DiagnosticDescriptor MissingField = new(
        "OCOP011", Severity.Error,
        "Thiếu trường bắt buộc \"{0}\" ({1}).",
        "The required field \"{0}\" is missing ({1}).",
        "Sản phẩm không có dòng \"group:\".",
        "Thêm trường còn thiếu vào khối thông tin đầu tệp.");

    public static readonly DiagnosticDescriptor ExpectedText = new(
        "OCOP012", Severity.Error,
        "Trường \"{0}\" phải là một dòng văn bản.",
        "The field \"{0}\" must be a line of text.",
        "Viết danh sách ở trường \"name\".",
        "Viết giá trị trên cùng dòng với tên trường.");

    public static readonly DiagnosticDescriptor ExpectedNumber = new(
        "OCOP013", Severity.Error,
        "Trường \"{0}\" phải là một số nguyên, ví dụ {1}; đang là \"{2}\".",
        "The field \"{0}\" must be a whole number such as {1}; it is \"{2}\".",
        "price: 80k hoặc stars: bốn",
        "Chỉ viết chữ số, không có đơn vị hay dấu chấm: price: 80000, stars: 4.");

    public static readonly DiagnosticDescriptor BadDate = new(
        "OCOP014", Severity.Error,
        "Trường \"{0}\" phải là ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2024-06-12; đang là \"{1}\".",
        "The field \"{0}\" must be a date written YEAR-MONTH-DAY, such as 2024-06-12; it is \"{1}\".",
        "issued_on: 12/6/2024",
        "Viết ngày theo dạng 2024-06-12.");

    public static readonly DiagnosticDescriptor OutOfRange = new(
        "OCOP015", Severity.Error,
        "Trường \"{0}\" phải nằm trong khoảng {1} đến {2}; đang là {3}.",
        "The field \"{0}\" must be between {1} and {2}; it is {3}.",
        "stars: 6 hoặc score: 120",
        "Ghi đúng số sao (3–5) và điểm (0–100) theo quyết định công nhận.");

    public static readonly DiagnosticDescriptor UnknownValue = new(
        "OCOP016", Severity.Error,
        "Giá trị \"{1}\" không hợp lệ cho trường \"{0}\". Các giá trị được dùng: {2}.",
        "\"{1}\" is not a valid value for \"{0}\". Allowed values: {2}.",
        "group: thuc pham",
        "Chọn một giá trị trong danh sách được gợi ý.");

    public static readonly DiagnosticDescriptor BadUrl = new(
        "OCOP017", Severity.Error,
        "Trường \"{0}\" phải là địa chỉ web đầy đủ bắt đầu bằng https://; đang là \"{1}\".",
        "The field \"{0}\" must be a full web address starting with https://; it is \"{1}\".",
        "postmart: postmart.vn/san-pham/123",
        "Mở trang trên trình duyệt, sao chép nguyên địa chỉ (có https://) rồi dán vào.");

    public static readonly DiagnosticDescriptor WrongMarketplace = new(
        "OCOP018", Severity.Error,
        "Liên kết \"{0}\" phải trỏ tới trang {1}; đang trỏ tới \"{2}\".",
        "The \"{0}\" link must point at {1}; it points at \"{2}\".",
        "voso: https://postmart.vn/...",
        "Dán liên kết Postmart vào trường postmart, liên kết Voso vào trường voso.");

    public static readonly DiagnosticDescriptor BadPhone = new(
        "OCOP019", Severity.Error,
        "Số điện thoại \"{1}\" ở trường \"{0}\" không hợp lệ: cần 10 chữ số bắt đầu bằng 0, hoặc dạng +84.",
        "The phone number \"{1}\" in \"{0}\" is not valid: use 10 digits starting with 0, or +84.",
        "phone: 0912 34 56",
        "Viết đủ số, ví dụ 0912 345 678 hoặc +84 912 345 678.");

    public static readonly DiagnosticDescriptor FieldNotTranslatable = new(
        "OCOP020", Severity.Error,
        "Trường \"{0}\" được lấy từ bản tiếng Việt ({1}); bản dịch chỉ chứa phần chữ cần dịch.",
        "The field \"{0}\" is inherited from the Vietnamese file ({1}); a translation carries only translated text.",
        "index.en.md có dòng \"price: 80000\".",
        "Xóa dòng đó khỏi bản dịch; giá, sao, liên kết, ảnh được dùng chung.");

    public static readonly DiagnosticDescriptor TranslationWithoutOriginal = new(
        "OCOP021", Severity.Error,
        "Bản dịch này không có bản gốc tiếng Việt \"{0}\" bên cạnh.",
        "This translation has no Vietnamese original \"{0}\" beside it.",
        "Có index.en.md nhưng không có index.md.",
        "Tạo bản tiếng Việt trước, hoặc đổi tên tệp cho trùng với bản gốc.");

    public static readonly DiagnosticDescriptor UnknownLanguage = new(
        "OCOP022", Severity.Error,
        "Tên tệp có mã ngôn ngữ \"{0}\" không có trong site.yml (languages: {1}).",
        "The file name carries the language code \"{0}\", which site.yml does not list (languages: {1}).",
        "index.fr.md khi site chỉ có vi và en.",
        "Đổi tên tệp, hoặc thêm ngôn ngữ vào site.yml và tệp theme/i18n tương ứng.");

    public static readonly DiagnosticDescriptor EmptyValue = new(
        "OCOP023", Severity.Error,
        "Trường \"{0}\" đang để trống.",
        "The field \"{0}\" is empty.",
        "name: \"\"",
        "Điền giá trị, hoặc xóa dòng nếu trường không bắt buộc.");

    public static readonly DiagnosticDescriptor UnsafeUrl = new(
        "OCOP024", Severity.Error,
        "Liên kết \"{0}\" dùng giao thức không an toàn; chỉ chấp nhận https://, http://, mailto:, tel:, zalo: hoặc đường dẫn trong trang.",
        "The link \"{0}\" uses an unsafe scheme; only https://, http://, mailto:, tel:, zalo: or site paths are accepted.",
        "[Xem](javascript:alert(1)), <javascript:alert(1)> hoặc //trang-khac.com",
        "Thay bằng địa chỉ https:// thật hoặc xóa liên kết.");

    public static readonly DiagnosticDescriptor HtmlRemoved = new(
        "OCOP025", Severity.Warning,
        "Đã bỏ phần HTML không được phép trong nội dung: {0}. Website chỉ giữ định dạng chữ, danh sách, bảng, liên kết và ảnh.",
        "Disallowed HTML was removed from the body: {0}. Only text formatting, lists, tables, links and images are kept.",
        "<script>…</script> hoặc <a onclick=\"…\"> trong bài viết.",
        "Xóa đoạn mã đó; dùng cú pháp Markdown cho định dạng, liên kết và ảnh.");

    public static readonly DiagnosticDescriptor BadCampaignParameter = new(
        "OCOP026", Severity.Error,
        "Tên tham số \"{0}\" trong qr_campaign chỉ được gồm chữ không dấu, số, dấu gạch dưới (_), gạch ngang (-) hoặc dấu chấm.",
        "The parameter name \"{0}\" in qr_campaign may only contain unaccented letters, digits, underscores, hyphens or dots.",
        "qr_campaign: { nguồn: qr }",
        "Dùng tên tham số chuẩn như utm_source, utm_medium, utm_campaign.");

    public static readonly DiagnosticDescriptor DraftNotPublished = new(
        "OCOP027", Severity.Note,
        "Đây là bản nháp (draft: true): xem được khi chạy serve và check, nhưng lệnh build không đăng trang này.",
        "This is a draft (draft: true): serve and check show it, but build does not publish it.",
        "draft: true trong tệp vừa tạo bằng lệnh new.",
        "Khi nội dung đã đủ và đúng, xóa dòng draft: true (hoặc ghi draft: false) để đăng.");

    public static readonly DiagnosticDescriptor PlaceholderText = new(
        "OCOP028", Severity.Error,
        "Còn chữ mẫu \"{0}\" chưa được thay; chỉ bản nháp (draft: true) mới được để chữ mẫu.",
        "Placeholder text \"{0}\" is still here; only a draft (draft: true) may keep placeholder text.",
        "summary: \"[[Viết một hai câu giới thiệu sản phẩm]]\"",
        "Viết nội dung thật thay cho phần trong [[ ]], hoặc giữ draft: true cho tới khi viết xong.");

    public static readonly DiagnosticDescriptor ProductWithoutPrice = new(
        "OCOP029", Severity.Error,
        "Sản phẩm chưa có giá (price) nên chưa thể đăng.",
        "The product has no price (price), so it cannot be published.",
        "Tệp sản phẩm không có dòng price:.",
        "Thêm price: (chỉ chữ số, đồng) và unit: (đơn vị bán), hoặc giữ draft: true cho tới khi có giá.");

    public static readonly DiagnosticDescriptor ProductWithoutWayToBuy = new(
        "OCOP032", Severity.Error,
        "Sản phẩm chưa có nơi mua nào (buy: postmart, voso, phone, zalo hoặc shops) nên chưa thể đăng.",
        "The product has nowhere to buy it (buy: postmart, voso, phone, zalo or shops), so it cannot be published.",
        "Tệp sản phẩm không có mục buy:.",
        "Thêm ít nhất một nơi mua dưới buy:, ví dụ phone: \"0912 345 678\", hoặc giữ draft: true.");

    public static readonly DiagnosticDescriptor ProductWithoutPhoto = new(
        "OCOP033", Severity.Warning,
        "Sản phẩm chưa có ảnh (photos): trang và thẻ sản phẩm sẽ hiện ô trống.",
        "The product has no photo (photos): its page and card show an empty frame.",
        "Tệp sản phẩm không có mục photos:.",
        "Chép ảnh vào thư mục của sản phẩm rồi ghi tên tệp dưới photos: (- file: anh-1.jpg).");

    public static readonly DiagnosticDescriptor PriceWithoutUnit = new(
        "OCOP034", Severity.Error,
        "Giá {0} đồng chưa có đơn vị bán (unit): người mua không biết giá cho bao nhiêu.",
        "The price of {0} VND has no unit (unit): a buyer cannot tell what it buys.",
        "price: 45000 nhưng không có dòng unit:.",
        "Thêm dòng unit: ngay dưới giá, ví dụ unit: hộp 300 g.");

    public static readonly DiagnosticDescriptor StarsNotInProduct = new(
        "OCOP035", Severity.Error,
        "Không ghi \"{0}\" trong tệp sản phẩm: số sao và điểm lấy từ giấy chứng nhận (quyết định công nhận) mà sản phẩm ghi ở trường certificate.",
        "Do not write \"{0}\" in a product file: stars and score come from the certificate (the recognition decision) named in the product's certificate field.",
        "stars: 4 trong content/san-pham/che-lam-cam-tan/index.md",
        "Xóa dòng đó; ghi certificate: tên tệp giấy chứng nhận trong content/chung-nhan/, nơi có stars và score theo quyết định.");

    public static readonly DiagnosticDescriptor YamlIndentation = new(
        "OCOP036", Severity.Error,
        "Dòng này thụt vào {0} dấu cách, không thẳng hàng với các dòng cùng cấp.",
        "This line is indented {0} spaces and does not line up with its siblings.",
        "Dưới \"buy:\", \"postmart:\" thụt 4 dấu cách còn \"voso:\" thụt 2.",
        "Các trường cùng cấp thụt đúng bằng nhau; trường con thụt sâu hơn trường cha (thường 2 dấu cách); trường cấp ngoài cùng không thụt.");

    public static readonly DiagnosticDescriptor FileNotFound = new(
        "OCOP030", Severity.Error,
        "Không tìm thấy tệp \"{0}\" cạnh bài viết.",
        "The file \"{0}\" was not found beside the page.",
        "photos: [che-lam-1.jpg] nhưng ảnh tên che-lam-01.jpg.",
        "Đặt ảnh vào cùng thư mục với index.md và ghi đúng tên tệp (phân biệt hoa thường).");

    public static readonly DiagnosticDescriptor PathOutsideBundle = new(
        "OCOP031", Severity.Error,
        "Đường dẫn \"{0}\" ra ngoài thư mục của bài viết; chỉ dùng tệp nằm cạnh bài viết.",
        "The path \"{0}\" leaves the page's folder; only files beside the page may be used.",
        "photos: [../../anh.jpg]",
        "Chép tệp vào thư mục của bài viết rồi ghi tên tệp.");

    public static readonly DiagnosticDescriptor PhotoUnreadable = new(
        "OCOP040", Severity.Error,
        "Không đọc được ảnh này ({0}); tệp có thể bị hỏng hoặc không phải ảnh JPEG, PNG, WebP.",
        "This photo cannot be read ({0}); the file may be damaged or not a JPEG, PNG or WebP image.",
        "Tệp .jpg thực ra là tài liệu Word đổi đuôi.",
        "Mở ảnh trên máy, lưu lại dưới dạng JPEG rồi tải lên lại.");

    public static readonly DiagnosticDescriptor PhotoTruncated = new(
        "OCOP041", Severity.Error,
        "Ảnh bị thiếu dữ liệu (tải lên chưa hết); không thể đăng.",
        "The photo is truncated (the upload did not finish); it cannot be published.",
        "Ảnh chỉ hiện được nửa trên.",
        "Chép lại ảnh gốc từ điện thoại rồi tải lên lại.");

    public static readonly DiagnosticDescriptor PhotoTooLarge = new(
        "OCOP042", Severity.Error,
        "Ảnh quá lớn ({0}); giới hạn là 60 triệu điểm ảnh và 40 MB.",
        "The photo is too large ({0}); the limit is 60 megapixels and 40 MB.",
        "Ảnh quét 20.000 × 20.000 điểm.",
        "Thu nhỏ ảnh (ví dụ còn 4000 điểm chiều ngang) rồi tải lên lại.");

    public static readonly DiagnosticDescriptor PhotoAnimated = new(
        "OCOP043", Severity.Error,
        "Ảnh động ({0} khung hình) không được dùng làm ảnh sản phẩm.",
        "An animated image ({0} frames) cannot be used as a product photo.",
        "Ảnh GIF động.",
        "Dùng một ảnh tĩnh JPEG hoặc PNG.");

    public static readonly DiagnosticDescriptor PhotoTookTooLong = new(
        "OCOP044", Severity.Error,
        "Xử lý ảnh này quá {0} nên đã dừng; tệp có thể bị hỏng hoặc được tạo để gây hại.",
        "Processing this photo took longer than {0} and was stopped; the file may be damaged or crafted to do harm.",
        "Ảnh có cấu trúc bất thường làm bộ giải mã chạy mãi.",
        "Mở ảnh trên máy, lưu lại dưới dạng JPEG rồi tải lên lại.");

    public static readonly DiagnosticDescriptor UnsafeFileName = new(
        "OCOP045", Severity.Error,
        "Tên tệp \"{0}\" có ký tự không dùng được trên website; đổi tên tệp thành \"{1}\" rồi ghi lại tên mới.",
        "The file name \"{0}\" has characters the site cannot use; rename the file to \"{1}\" and write the new name here.",
        "photos: [\"Ảnh chè lam (1).jpg\"]",
        "Đặt tên tệp chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang (-), gạch dưới (_) và dấu chấm, ví dụ anh-1.jpg. Trên trang GitHub không đổi tên ảnh được: xóa tệp cũ rồi tải lên lại tệp đã đổi tên (Add file → Upload files).");

    public static readonly DiagnosticDescriptor PhotoFormatUnsupported = new(
        "OCOP046", Severity.Error,
        "Ảnh \"{0}\" ở định dạng {1}, website không đọc được định dạng này; hãy xuất ảnh sang JPEG (.jpg).",
        "The photo \"{0}\" is a {1} file, which the site cannot read; export it as a JPEG (.jpg).",
        "photos: [anh-1.heic] (ảnh chụp bằng iPhone)",
        "Mở ảnh trên máy, chọn Xuất/Lưu thành (Export/Save as) JPEG, chép tệp .jpg vào thư mục rồi sửa tên trong danh sách ảnh.");

    public static readonly DiagnosticDescriptor FileTypeNotPublished = new(
        "OCOP047", Severity.Error,
        "Tệp \"{0}\" không được đăng lên website; ở đây chỉ dùng được: {1}.",
        "The file \"{0}\" cannot be published; only these are accepted here: {1}.",
        "photos: [khuyen-mai.html] hoặc scan: bang-gia.docx",
        "Dùng ảnh JPEG hoặc PNG; với giấy tờ, in ra PDF. Trang web, mã chạy (HTML, SVG, JS) không bao giờ được đăng từ thư mục nội dung.");

    public static readonly DiagnosticDescriptor NotAPdf = new(
        "OCOP048", Severity.Error,
        "Tệp \"{0}\" có đuôi .pdf nhưng nội dung không phải tài liệu PDF.",
        "The file \"{0}\" is named .pdf but is not a PDF document.",
        "scan: quyet-dinh.pdf (thực ra là trang HTML hoặc tệp Word đổi đuôi)",
        "Mở tài liệu gốc, chọn In (Print) hoặc Lưu thành (Save as) PDF rồi chép tệp mới vào thư mục.");

    // OCOP050–059: limits on hostile content (one constant each in Content/ContentLimits.cs, quoted here so the
    // editors' guide states them).
    public static readonly DiagnosticDescriptor ForbiddenCharacter = new(
        "OCOP050", Severity.Error,
        "Có ký tự điều khiển hoặc ký tự không hợp lệ {0} ở đây; hãy xóa nó.",
        "A control or invalid character {0} is here; delete it.",
        "Chép tên sản phẩm từ Word hoặc Zalo kèm ký tự ẩn U+000B, U+001B hoặc U+FFFF.",
        "Gõ lại đoạn chữ ở vị trí được chỉ ra (hoặc dán vào Notepad rồi chép lại).");

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "OCOP051", Severity.Error,
        "Tệp quá lớn ({0} KB); giới hạn là " + Kb(ContentLimits.MaxFileBytes) + " KB.",
        "The file is too large ({0} KB); the limit is " + Kb(ContentLimits.MaxFileBytes) + " KB.",
        "Dán cả một tài liệu dài vào bài viết.",
        "Rút gọn nội dung; đặt tài liệu dài thành tệp PDF tải về.");

    public static readonly DiagnosticDescriptor ValueTooLong = new(
        "OCOP052", Severity.Error,
        "Trường \"{0}\" dài {1} ký tự; giới hạn là {2}.",
        "The field \"{0}\" is {1} characters long; the limit is {2}.",
        "summary dài cả trang (tóm tắt được lặp lại trên thẻ, áp phích, kết quả tìm kiếm). Giới hạn: tên, tiêu đề "
            + N(ContentLimits.MaxNameLength) + " ký tự; tóm tắt " + N(ContentLimits.MaxSummaryLength) + "; trường khác " + N(ContentLimits.MaxFieldLength) + ".",
        "Viết tóm tắt một hai câu; đưa phần dài vào nội dung bài viết.");

    public static readonly DiagnosticDescriptor MarkdownTooDeep = new(
        "OCOP053", Severity.Error,
        "Nội dung lồng nhau quá sâu (trích dẫn, danh sách, liên kết hoặc chữ nhấn trong nhau); giới hạn là " + N(ContentLimits.MaxMarkdownNesting) + " tầng.",
        "The body nests too deep (quotes, lists, links or emphasis inside one another); the limit is " + N(ContentLimits.MaxMarkdownNesting) + " levels.",
        "Một dòng bắt đầu bằng hàng trăm dấu \">\" hoặc \"[\".",
        "Bỏ bớt các dấu >, -, [, * ở đầu dòng; đặt ký tự cần hiện nguyên trong dấu ` `.");

    public static readonly DiagnosticDescriptor YamlTooDeep = new(
        "OCOP054", Severity.Error,
        "Khối thông tin lồng nhau quá sâu (danh sách trong danh sách); giới hạn là " + N(ContentLimits.MaxYamlNesting) + " tầng.",
        "The front matter nests too deep (lists inside lists); the limit is " + N(ContentLimits.MaxYamlNesting) + " levels.",
        "tags: [[[[[[[[ … ]]]]]]]]",
        "Viết danh sách một tầng: tags: [banh, dac-san].");

    public static readonly DiagnosticDescriptor YamlAliasesTooLarge = new(
        "OCOP055", Severity.Error,
        "Bí danh YAML (*ten) làm khối thông tin lớn quá " + N(ContentLimits.MaxYamlExpandedValues) + " giá trị khi mở ra.",
        "YAML aliases (*name) make the front matter larger than " + N(ContentLimits.MaxYamlExpandedValues) + " values once expanded.",
        "&a [x, x], &b [*a, *a], &c [*b, *b] … (\"bom bí danh\").",
        "Viết giá trị thẳng ra, không dùng & và *.");

    public static readonly DiagnosticDescriptor NotARegularFile = new(
        "OCOP056", Severity.Error,
        "\"{0}\" không phải tệp thông thường (mà là ống dẫn FIFO, socket hoặc thiết bị); máy không mở nó.",
        "\"{0}\" is not a regular file (it is a FIFO, a socket or a device); it is not opened.",
        "Một ống dẫn (FIFO) hoặc thiết bị đặt tên index.md hay anh-1.jpg.",
        "Xóa nó và chép tệp thật vào thư mục.");

    public static readonly DiagnosticDescriptor LinkLoop = new(
        "OCOP057", Severity.Error,
        "Liên kết tượng trưng \"{0}\" trỏ vòng (về chính nó hoặc thư mục chứa nó).",
        "The symbolic link \"{0}\" loops (to itself or to a folder that holds it).",
        "anh.jpg → anh.jpg, hoặc thư mục a → . trong thư mục sản phẩm.",
        "Xóa liên kết; chép tệp thật vào thư mục.");

    public static readonly DiagnosticDescriptor FileNameTooLong = new(
        "OCOP058", Severity.Error,
        "Tên tệp dài {0} ký tự; giới hạn là " + N(ContentLimits.MaxFileNameBytes) + " ký tự để còn chỗ cho tên các bản ảnh thu nhỏ.",
        "The file name is {0} characters long; the limit is " + N(ContentLimits.MaxFileNameBytes) + " so that its derivatives can be named.",
        "Ảnh đặt tên bằng cả một câu mô tả.",
        "Đổi tên tệp ngắn lại, ví dụ anh-1.jpg, và sửa tên trong photos:.");

    public static readonly DiagnosticDescriptor DateOutOfRange = new(
        "OCOP059", Severity.Error,
        "Ngày {1} ở trường \"{0}\" nằm ngoài khoảng năm " + N(ContentLimits.MinYear) + "–" + N(ContentLimits.MaxYear) + ".",
        "The date {1} in \"{0}\" is outside the years " + N(ContentLimits.MinYear) + "–" + N(ContentLimits.MaxYear) + ".",
        "issued_on: 0024-06-12 hoặc valid_until: 9999-12-31",
        "Ghi đúng ngày trên quyết định; bỏ valid_until để tự tính thời hạn.");

    public static readonly DiagnosticDescriptor OutputOverlapsSources = new(
        "OCOP060", Severity.Error,
        "Không dựng website vào \"{0}\": thư mục này trùng, chứa hoặc nằm trong \"{1}\" (thư mục nội dung, giao diện hoặc kho mã nguồn), mà mỗi lần dựng thay toàn bộ thư mục xuất.",
        "Not building into \"{0}\": it is, contains or is inside \"{1}\" (the content, theme or repository folder), and a build replaces its whole output folder.",
        "--output content hoặc --output . ở thư mục gốc của kho.",
        "Dùng một thư mục riêng cho website, ví dụ --output _site.");

    public static readonly DiagnosticDescriptor OutputIsSymlink = new(
        "OCOP061", Severity.Error,
        "Không dựng website vào \"{0}\": đó là liên kết tượng trưng (symlink) tới \"{1}\"; bản dựng sẽ thay thế liên kết và có thể xóa tệp ở nơi nó trỏ tới.",
        "Not building into \"{0}\": it is a symbolic link to \"{1}\"; a build would replace the link and could delete files where it points.",
        "www là liên kết tới /var/www/html.",
        "Ghi thẳng đường dẫn thật của thư mục xuất, hoặc dựng vào _site rồi chép sang.");

    public static readonly DiagnosticDescriptor OutputIsNotAFolder = new(
        "OCOP062", Severity.Error,
        "Không dựng website vào \"{0}\": đó là một tệp, không phải thư mục.",
        "Not building into \"{0}\": it is a file, not a folder.",
        "--output README.md",
        "Chọn một thư mục chưa có hoặc do công cụ dựng trước đó, ví dụ --output _site.");

    public static readonly DiagnosticDescriptor OutputHasForeignFiles = new(
        "OCOP063", Severity.Error,
        "Không dựng website vào \"{0}\": thư mục đã có tệp không do công cụ này tạo (thiếu tệp đánh dấu {1}), và công cụ không xóa những gì nó không tạo ra.",
        "Not building into \"{0}\": the folder holds files this generator did not write (no {1} marker), and it never deletes what it did not write.",
        "--output ~/Documents hoặc thư mục _site do phiên bản cũ của công cụ dựng.",
        "Chọn một thư mục trống hoặc chưa có. Nếu đó là website cũ do công cụ dựng, xóa thư mục đó rồi dựng lại.");

    public static readonly DiagnosticDescriptor OutputBusy = new(
        "OCOP064", Severity.Error,
        "Một lần dựng khác đang ghi vào \"{0}\" (khóa {1}); chờ lần đó xong rồi chạy lại.",
        "Another build is writing into \"{0}\" (lock {1}); wait for it to finish, then run again.",
        "Hai cửa sổ cùng chạy lệnh build.",
        "Chờ lần dựng kia xong (hoặc dừng nó) rồi chạy lại lệnh.");

    public static readonly DiagnosticDescriptor OutputDiskFull = new(
        "OCOP065", Severity.Error,
        "Ổ đĩa đầy khi ghi \"{0}\"; website cũ giữ nguyên và bản dựng dở đã được xóa.",
        "The disk is full while writing \"{0}\"; the previous site is unchanged and the partial build was removed.",
        "Ổ đĩa còn vài MB khi dựng website có nhiều ảnh.",
        "Giải phóng chỗ trống trên ổ đĩa rồi dựng lại.");

    public static readonly DiagnosticDescriptor OutputReadOnly = new(
        "OCOP066", Severity.Error,
        "Không ghi được \"{0}\": ổ đĩa hoặc thư mục chỉ cho đọc.",
        "Cannot write \"{0}\": the disk or folder is read-only.",
        "Dựng website vào USB đang khóa ghi hoặc ổ mạng chỉ đọc.",
        "Chọn thư mục xuất ở nơi ghi được, ví dụ --output _site.");

    public static readonly DiagnosticDescriptor OutputPermissionDenied = new(
        "OCOP067", Severity.Error,
        "Không có quyền ghi \"{0}\".",
        "No permission to write \"{0}\".",
        "Thư mục xuất thuộc về người dùng khác.",
        "Chọn thư mục xuất của mình, hoặc nhờ quản trị máy cấp quyền ghi.");

    public static readonly DiagnosticDescriptor FileSystemError = new(
        "OCOP068", Severity.Error,
        "Lỗi đọc hoặc ghi tệp: {0}",
        "File read or write error: {0}",
        "Ổ mạng bị ngắt khi đang dựng.",
        "Kiểm tra đường dẫn và ổ đĩa theo thông báo rồi chạy lại.");

    public static readonly DiagnosticDescriptor LockNotAFile = new(
        "OCOP069", Severity.Error,
        "\"{0}\" là tệp khóa của thư mục xuất nhưng đang là thư mục hoặc liên kết tượng trưng; công cụ không dùng nó.",
        "\"{0}\" is the output folder's lock file but is a folder or a symbolic link; the generator will not use it.",
        "Có thư mục tên _site.lock cạnh _site.",
        "Đổi tên hoặc xóa thư mục hay liên kết đó, rồi dựng lại (công cụ tự tạo tệp khóa rỗng).");

    public static readonly DiagnosticDescriptor PortInUse = new(
        "OCOP070", Severity.Error,
        "Cổng {0} đang được chương trình khác dùng (có thể là một lệnh serve khác); thử --port {1}.",
        "Port {0} is in use (perhaps by another serve); try --port {1}.",
        "Chạy serve ở hai cửa sổ.",
        "Dừng chương trình đang dùng cổng, hoặc chạy serve --port với số cổng khác.");

    public static readonly DiagnosticDescriptor PreviewBuildFailed = new(
        "OCOP071", Severity.Error,
        "Công cụ gặp lỗi khi dựng lại ({0}); trang vẫn hiện bản dựng tốt gần nhất.",
        "The generator failed while rebuilding ({0}); the last good build is still shown.",
        "Một tệp nội dung làm công cụ dừng giữa chừng khi xem trước.",
        "Sửa hoặc hoàn tác thay đổi vừa lưu; nếu lỗi còn, báo cho người quản lý công cụ kèm thông báo này.");

    public static readonly DiagnosticDescriptor UnknownProducer = new(
        "OCOP100", Severity.Error,
        "Không tìm thấy chủ thể \"{0}\".",
        "No producer \"{0}\" exists.",
        "producer: htx-cam-tann",
        "Ghi đúng tên tệp của chủ thể trong content/chu-the/ (không có .md).");

    public static readonly DiagnosticDescriptor UnknownCertificate = new(
        "OCOP101", Severity.Error,
        "Không tìm thấy giấy chứng nhận \"{0}\".",
        "No certificate \"{0}\" exists.",
        "certificate: 2024-1114",
        "Ghi đúng tên tệp của giấy chứng nhận trong content/chung-nhan/.");

    public static readonly DiagnosticDescriptor StarsScoreMismatch = new(
        "OCOP102", Severity.Error,
        "Điểm {0} ứng với {1} sao theo {2}, nhưng giấy chứng nhận ghi {3} sao.",
        "A score of {0} means {1} stars under {2}, but the certificate says {3} stars.",
        "stars: 4, score: 68",
        "Kiểm tra lại quyết định công nhận và sửa số sao hoặc số điểm cho khớp.");

    public static readonly DiagnosticDescriptor ValidUntilBeforeIssue = new(
        "OCOP103", Severity.Error,
        "Ngày hết hạn {0} đứng trước ngày cấp {1}.",
        "The expiry date {0} is before the issue date {1}.",
        "issued_on: 2024-06-12, valid_until: 2021-06-12",
        "Sửa ngày theo quyết định, hoặc xóa valid_until để tự tính 36 tháng.");

    public static readonly DiagnosticDescriptor CertificateExpired = new(
        "OCOP104", Severity.Warning,
        "Giấy chứng nhận {0} đã hết hạn ngày {1}; sản phẩm không còn hiện sao OCOP.",
        "Certificate {0} expired on {1}; its products no longer show OCOP stars.",
        "Quyết định cấp năm 2021, hết hạn năm 2024.",
        "Khi có quyết định công nhận lại, thêm giấy chứng nhận mới và cập nhật trường certificate của sản phẩm.");

    public static readonly DiagnosticDescriptor CertificateExpiringSoon = new(
        "OCOP105", Severity.Warning,
        "Giấy chứng nhận {0} sẽ hết hạn ngày {1} (còn {2} ngày).",
        "Certificate {0} expires on {1} ({2} days left).",
        "Hết hạn trong vòng 90 ngày tới.",
        "Nhắc chủ thể chuẩn bị hồ sơ đánh giá lại.");

    public static readonly DiagnosticDescriptor NoRulesForDate = new(
        "OCOP106", Severity.Error,
        "Không có bộ quy tắc OCOP nào áp dụng cho ngày {0} (xem content/rating-rules.yml).",
        "No OCOP rating rules apply on {0} (see content/rating-rules.yml).",
        "issued_on: 2015-01-01",
        "Kiểm tra ngày cấp, hoặc thêm bộ quy tắc vào rating-rules.yml.");

    public static readonly DiagnosticDescriptor EmptySlug = new(
        "OCOP110", Severity.Error,
        "Tên \"{0}\" không tạo được đường dẫn: cần ít nhất một chữ cái hoặc chữ số.",
        "The name \"{0}\" makes no address: it needs at least one letter or digit.",
        "Thư mục tên \"---\".",
        "Đặt tên tệp hoặc thư mục bằng chữ cái và chữ số, ví dụ che-lam-cam-tan.");

    public static readonly DiagnosticDescriptor DuplicateOutputPath = new(
        "OCOP111", Severity.Error,
        "Trang \"{0}\" trùng đường dẫn với {1}.",
        "The page \"{0}\" has the same address as {1}.",
        "Hai thư mục che-lam và Chè-lam.",
        "Đổi tên một trong hai thư mục hoặc tệp.");

    public static readonly DiagnosticDescriptor BrokenLink = new(
        "OCOP112", Severity.Error,
        "Liên kết \"{0}\" không trỏ tới trang hay tệp nào của website.",
        "The link \"{0}\" leads to no page or file of the site.",
        "[Chè lam](/san-pham/che-lm/)",
        "Sửa đường dẫn cho đúng trang; đường dẫn trong trang bắt đầu bằng /, ví dụ /san-pham/che-lam-cam-tan/.");

    public static readonly DiagnosticDescriptor BrokenThemeLink = new(
        "OCOP113", Severity.Error,
        "Giao diện tạo liên kết hỏng \"{0}\" trên trang {1}.",
        "The theme produced a broken link \"{0}\" on the page {1}.",
        "Mẫu giao diện ghép sai đường dẫn.",
        "Báo cho người quản lý giao diện; đây không phải lỗi nội dung.") { Audience = DiagnosticAudience.Maintainers };

    public static readonly DiagnosticDescriptor OutputCollision = new(
        "OCOP114", Severity.Error,
        "Hai nguồn cùng tạo ra tệp \"{0}\" trên website: {1} và {2}.",
        "Two sources make the same file \"{0}\" of the site: {1} and {2}.",
        "anh-2.png cạnh anh-2.jpg (cả hai thành anh-2.jpg), hoặc sản phẩm tên 3-sao trùng trang lọc sản phẩm 3 sao.",
        "Đổi tên một trong hai tệp hoặc thư mục cho khác nhau.");

    public static readonly DiagnosticDescriptor InvalidFocus = new(
        "OCOP120", Severity.Error,
        "Phần giữ lại khi cắt ảnh (focus:) của ảnh \"{0}\" không hợp lệ: viết top, center, bottom, left, right, hoặc hai tỉ lệ phần trăm (ngang rồi dọc) như \"30% 20%\".",
        "The photo focus \"{0}\" is not valid: write top, center, bottom, left, right, or two percentages (across, then down) such as \"30% 20%\".",
        "focus: giữa",
        "Viết focus: top (giữ phần trên của ảnh), focus: center, focus: bottom, hoặc focus: \"30% 20%\".");

    public static readonly DiagnosticDescriptor BadEventTime = new(
        "OCOP121", Severity.Error,
        "Thời gian \"{1}\" ở trường \"{0}\" không hợp lệ: viết ngày dạng NĂM-THÁNG-NGÀY, có thể kèm giờ:phút (giờ Việt Nam), ví dụ 2026-12-20 hoặc 2026-12-20 07:30.",
        "The time \"{1}\" in \"{0}\" is not valid: write a date YEAR-MONTH-DAY, optionally with hours:minutes (Vietnam time), such as 2026-12-20 or 2026-12-20 07:30.",
        "start: 20/12/2026 7h30",
        "Viết start: 2026-12-20 07:30 (giờ 24, hai chữ số); sự kiện cả ngày chỉ ghi ngày: start: 2026-12-20. Trường end có thể chỉ ghi giờ nếu kết thúc trong ngày: end: \"17:00\".");

    public static readonly DiagnosticDescriptor EventEndsBeforeStart = new(
        "OCOP122", Severity.Error,
        "Sự kiện kết thúc ({0}) trước khi bắt đầu ({1}).",
        "The event ends ({0}) before it starts ({1}).",
        "start: 2027-01-28, end: 2027-01-18",
        "Sửa ngày hoặc giờ kết thúc (end) cho muộn hơn lúc bắt đầu (start); sự kiện một ngày có thể bỏ end.");

    public static readonly DiagnosticDescriptor EventMixesDaysAndTimes = new(
        "OCOP123", Severity.Error,
        "Trường start và end phải cùng kiểu: cả hai chỉ có ngày (sự kiện cả ngày), hoặc cả hai có giờ; đang là \"{0}\" và \"{1}\".",
        "start and end must be alike: both dates only (an all-day event) or both with a time; they are \"{0}\" and \"{1}\".",
        "start: 2026-12-20 07:00, end: 2026-12-21",
        "Thêm giờ cho end (end: 2026-12-21 17:00), hoặc bỏ giờ ở start nếu sự kiện kéo dài cả ngày.");

    public static readonly DiagnosticDescriptor EventPlaceFieldOutside = new(
        "OCOP124", Severity.Error,
        "Trường \"{0}\" của sự kiện phải nằm trong place: (nơi tổ chức).",
        "The event field \"{0}\" belongs under place: (where it happens).",
        "location: ở đầu dòng, ngang hàng với name:",
        "Thụt \"{0}:\" vào hai dấu cách dưới dòng place:, cạnh name: và address: của nơi tổ chức.");

    public static readonly DiagnosticDescriptor EventDateField = new(
        "OCOP125", Severity.Error,
        "Sự kiện không có trường \"{0}\": thời gian ghi bằng start: (bắt đầu) và end: (kết thúc).",
        "An event has no field \"{0}\": its time is written as start: and end:.",
        "date: 2026-12-20, time: 7:00",
        "Viết start: 2026-12-20 07:00 và, nếu cần, end: 2026-12-20 11:30.");

    public static readonly DiagnosticDescriptor EventUnknownProduct = new(
        "OCOP126", Severity.Error,
        "Không tìm thấy sản phẩm \"{0}\" mà sự kiện ghi trong products.",
        "No product \"{0}\" exists, which the event lists under products.",
        "products: [che-lam-cam-tann]",
        "Ghi đúng tên thư mục của sản phẩm trong content/san-pham/.");

    public static readonly DiagnosticDescriptor EventUnknownOrganiser = new(
        "OCOP127", Severity.Error,
        "Không có chủ thể \"{0}\" (organiser). Nếu đơn vị tổ chức không phải chủ thể OCOP, ghi tên đầy đủ, có dấu.",
        "No producer \"{0}\" exists (organiser). If the organiser is not an OCOP producer, write its full name.",
        "organiser: htx-nong-nghiep-cam-tann",
        "Ghi đúng tên tệp của chủ thể trong content/chu-the/ (không có .md), hoặc tên đơn vị như organiser: UBND xã Cẩm Tân.");

    public static readonly DiagnosticDescriptor EventVeryLong = new(
        "OCOP128", Severity.Warning,
        "Sự kiện kéo dài {0} ngày (từ {1} đến {2}): kiểm tra lại năm và tháng của end.",
        "The event runs for {0} days (from {1} to {2}): check the year and month of end.",
        "start: 2027-01-28, end: 2028-02-01",
        "Sửa end cho đúng; hội chợ, lễ hội thường chỉ vài ngày đến vài tuần.");

    public static readonly DiagnosticDescriptor EventUnknownListing = new(
        "OCOP129", Severity.Error,
        "Không tìm thấy điểm du lịch \"{0}\" mà sự kiện ghi trong listings.",
        "No tourism listing \"{0}\" exists, which the event lists under listings.",
        "listings: [ban-chien]",
        "Ghi đúng tên thư mục của điểm du lịch trong content/du-lich/.");

    public static readonly DiagnosticDescriptor NotListedByCertificate = new(
        "OCOP115", Severity.Error,
        "Giấy chứng nhận \"{0}\" không ghi \"{1}\" trong danh sách products, nên không thể hiện sao của giấy này.",
        "The certificate \"{0}\" does not list \"{1}\" under products, so its stars cannot be shown here.",
        "certificate: 2024-1114-qd-ubnd nhưng quyết định 1114 không có sản phẩm này trong phụ lục.",
        "Kiểm tra phụ lục của quyết định: nếu sản phẩm có tên, cán bộ OCOP thêm tên tệp của nó vào products của giấy chứng nhận; nếu không, sửa hoặc xóa dòng certificate.");

    public static readonly DiagnosticDescriptor CertificateListsOtherProduct = new(
        "OCOP116", Severity.Error,
        "Giấy chứng nhận ghi \"{0}\" trong products, nhưng \"{0}\" không ghi giấy chứng nhận này ở trường certificate.",
        "The certificate lists \"{0}\" under products, but \"{0}\" does not name this certificate in its certificate field.",
        "products: [che-lam-cam-tan] nhưng che-lam-cam-tan ghi certificate: 2025-0875-qd-ubnd.",
        "Ghi certificate: tên tệp giấy chứng nhận này trong tệp sản phẩm (hoặc điểm du lịch), hoặc xóa tên đó khỏi products.");

    public static readonly DiagnosticDescriptor CertificateListsUnknown = new(
        "OCOP117", Severity.Error,
        "Giấy chứng nhận ghi \"{0}\" trong products, nhưng không có sản phẩm hay điểm du lịch nào tên như vậy.",
        "The certificate lists \"{0}\" under products, but no product or tourism listing has that name.",
        "products: [che-lam-cam-tann]",
        "Ghi đúng tên thư mục của sản phẩm trong content/san-pham/ (hoặc của điểm du lịch trong content/du-lich/).");

    public static readonly DiagnosticDescriptor ReferencesDraft = new(
        "OCOP118", Severity.Error,
        "\"{0}\" là bản nháp (draft: true) nên không được đăng; trang này không thể dẫn tới nó.",
        "\"{0}\" is a draft (draft: true) and is not published; this page cannot refer to it.",
        "producer: htx-moi trong khi content/chu-the/htx-moi.md còn draft: true; hoặc liên kết [Bánh gai](/san-pham/banh-gai/) tới một bản nháp.",
        "Hoàn thiện bản nháp và xóa dòng draft: true ở đó, hoặc bỏ liên kết, hoặc đặt draft: true cho cả trang này.");

    public static readonly DiagnosticDescriptor UnknownVillage = new(
        "OCOP119", Severity.Error,
        "Thôn \"{0}\" không có trong danh sách villages của content/site.yml.",
        "The village \"{0}\" is not in the villages list of content/site.yml.",
        "village: Tân Lâp (thiếu dấu nặng)",
        "Ghi đúng tên thôn như trong site.yml (có dấu); nếu là thôn mới, thêm tên vào villages trong site.yml.");

    public static readonly DiagnosticDescriptor GlossaryEntryNotText = new(
        "OCOP130", Severity.Error,
        "Mục \"{0}\" của bảng thuật ngữ phải là một dòng chữ: \"thuật ngữ tiếng Việt: bản dịch\".",
        "The glossary entry \"{0}\" must be one line of text: \"Vietnamese term: translation\".",
        "UBND tỉnh Thanh Hóa:\n  - Thanh Hoa",
        "Viết trên một dòng, ví dụ: UBND tỉnh Thanh Hóa: Thanh Hóa Provincial People's Committee");

    public static readonly DiagnosticDescriptor GlossaryTermUnknown = new(
        "OCOP131", Severity.Error,
        "Thuật ngữ \"{0}\" không có trong nội dung (cơ quan cấp, quyết định quy định số sao, điểm bán, đơn vị tính, bao bì, hạn dùng).",
        "The term \"{0}\" appears nowhere in the content (issuing bodies, rating-rule decisions, shops, units, packaging, shelf life).",
        "UBND tinh Thanh Hoa: … (thiếu dấu)",
        "Chép đúng nguyên văn giá trị trong tệp nội dung, kể cả dấu; hoặc xóa mục không còn dùng.");

    public static readonly DiagnosticDescriptor GlossaryLanguageUnknown = new(
        "OCOP132", Severity.Error,
        "Bảng thuật ngữ \"{0}\" dành cho ngôn ngữ \"{1}\", nhưng site.yml không có ngôn ngữ này.",
        "The glossary \"{0}\" is for the language \"{1}\", which site.yml does not list.",
        "glossary.fr.yml khi languages: [vi, en]",
        "Thêm ngôn ngữ vào languages trong site.yml, hoặc xóa tệp.");

    public static readonly DiagnosticDescriptor GlossaryNotMapping = new(
        "OCOP133", Severity.Error,
        "Bảng thuật ngữ phải là danh sách các dòng \"thuật ngữ: bản dịch\".",
        "The glossary must be a list of \"term: translation\" lines.",
        "- UBND tỉnh Thanh Hóa",
        "Viết mỗi mục trên một dòng, ví dụ: chai 500 ml: 500 ml bottle");

    public static readonly DiagnosticDescriptor SiteConfigMissing = new(
        "OCOP300", Severity.Error,
        "Không tìm thấy tệp cấu hình \"{0}\".",
        "The configuration file \"{0}\" was not found.",
        "Chạy lệnh với --content trỏ sai thư mục.",
        "Kiểm tra thư mục nội dung có site.yml và rating-rules.yml.") { Audience = DiagnosticAudience.Maintainers };

    public static readonly DiagnosticDescriptor MissingString = new(
        "OCOP301", Severity.Error,
        "Thiếu chuỗi giao diện \"{0}\" trong {1}.",
        "The UI string \"{0}\" is missing from {1}.",
        "en.yml thiếu khóa nav.products có trong vi.yml.",
        "Thêm khóa đó vào tệp ngôn ngữ, kèm bản dịch.") { Audience = DiagnosticAudience.Maintainers };

    public static readonly DiagnosticDescriptor TemplateError = new(
        "OCOP302", Severity.Error,
        "Lỗi mẫu giao diện: {0}",
        "Template error: {0}",
        "Thiếu {{ end }} trong một mẫu.",
        "Sửa mẫu trong theme/ theo thông báo.") { Audience = DiagnosticAudience.Maintainers };

    public static readonly DiagnosticDescriptor MissingStringsFile = new(
        "OCOP303", Severity.Error,
        "Ngôn ngữ \"{0}\" trong site.yml không có tệp chuỗi giao diện theme/i18n/{0}.yml.",
        "The language \"{0}\" in site.yml has no UI strings file theme/i18n/{0}.yml.",
        "languages: [vi, en, fr] nhưng không có fr.yml.",
        "Tạo tệp chuỗi giao diện cho ngôn ngữ đó, hoặc bỏ ngôn ngữ khỏi site.yml.") { Audience = DiagnosticAudience.Maintainers };

    public static readonly DiagnosticDescriptor RootedThemeAddress = new(
        "OCOP304", Severity.Error,
        "Mẫu giao diện ghi thẳng địa chỉ \"{0}\" mà không qua hàm url, nên địa chỉ sẽ hỏng khi trang chạy dưới một thư mục con (GitHub Pages dự án).",
        "The template writes the address \"{0}\" directly, not through the url function, so it breaks when the site is served under a sub-path (a GitHub Pages project site).",
        "href=\"/manifest.webmanifest\"",
        "Viết địa chỉ qua hàm url của giao diện, ví dụ href=\"{{ url \"/manifest.webmanifest\" }}\".") { Audience = DiagnosticAudience.Maintainers };

    public static readonly DiagnosticDescriptor UnknownStringKey = new(
        "OCOP305", Severity.Error,
        "Khóa \"{0}\" không có trong {1}, tệp ngôn ngữ chính (danh sách khóa chuẩn).",
        "The key \"{0}\" is not in {1}, the main language's file (the list of known keys).",
        "en.yml có \"nav.prodcts\" thay cho \"nav.products\".",
        "Sửa tên khóa theo gợi ý; một chuỗi mới phải được thêm vào vi.yml trước, rồi dịch trong các tệp ngôn ngữ khác.") { Audience = DiagnosticAudience.Maintainers };

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Kb(int bytes) => N(bytes / 1024);

    /// <summary>Appended to a message when a close match exists ("did you mean").</summary>
    public const string SuggestionVi = "Có phải \"{0}\"?";

    public const string SuggestionEn = "Did you mean \"{0}\"?";

    /// <summary>Every descriptor, in code order; the editor's guide is generated from this list.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalogue)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}
