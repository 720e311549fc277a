using System.Globalization;
using System.Text;

namespace OcopShowcase.Benchmarks;

/// <summary>
/// <c>corpus --products N --out DIR [--photos] [--posters]</c>: writes a complete, valid content folder of N products in all six
/// groups (about 400 words of Vietnamese each), with producers, certificates, tourism listings and news, that
/// <c>build --content DIR</c> accepts. Deterministic for a given N.
/// </summary>
public static class Corpus
{
    private static readonly (string Group, string[] Names)[] Groups =
    [
        ("thuc-pham", ["Bánh gai", "Chè lam", "Mật ong rừng", "Gạo nếp cái hoa vàng", "Nem chua", "Cá thu nướng", "Mắm tôm", "Bánh đa vừng", "Măng khô", "Miến dong"]),
        ("do-uong", ["Rượu cần", "Trà dây", "Trà xanh", "Rượu men lá", "Nước mắm cốt"]),
        ("duoc-lieu", ["Cao cà gai leo", "Tinh dầu sả chanh", "Trà hoa vàng", "Cao xương khớp", "Nghệ đen"]),
        ("thu-cong-my-nghe", ["Thổ cẩm Mường", "Giỏ mây tre đan", "Chiếu cói", "Nón lá", "Đồ gốm"]),
        ("sinh-vat-canh", ["Lan rừng", "Cây bonsai", "Cây cảnh bưởi", "Hoa cúc"]),
        ("du-lich", ["Tour trải nghiệm bản", "Homestay nhà sàn", "Điểm du lịch sinh thái"]),
    ];

    private static readonly string[] Places = ["Cẩm Tân", "Cẩm Thủy", "Thạch Thành", "Ngọc Lặc", "Bá Thước", "Quan Hóa", "Thọ Xuân", "Yên Định", "Vĩnh Lộc", "Hà Trung"];
    private static readonly string[] Villages = ["Tân Lập", "Đồng Tâm", "Bản Chiềng", "Tân Hợp", "Xuân Thành", "Bình Sơn"];

    private static readonly string[] Sentences =
    [
        "Sản phẩm được làm thủ công theo từng mẻ nhỏ, không dùng chất bảo quản.",
        "Nguyên liệu chính do các hộ thành viên trong xã cung cấp và được kiểm tra trước khi chế biến.",
        "Quy trình sản xuất tuân thủ hướng dẫn về an toàn thực phẩm của cơ quan chuyên môn cấp huyện.",
        "Sản phẩm có bao bì in nhãn đầy đủ, mã truy xuất nguồn gốc và hạn sử dụng rõ ràng.",
        "Người làm nghề đã gắn bó với sản phẩm qua nhiều thế hệ và giữ cách làm truyền thống.",
        "Khách hàng có thể đặt mua trên sàn Postmart, Voso hoặc gọi trực tiếp cho chủ thể.",
        "Sản phẩm thường được chọn làm quà biếu trong dịp lễ Tết và các hội chợ của tỉnh.",
        "Chủ thể đã tham gia tập huấn về bán hàng trực tuyến và quảng bá trên mạng xã hội.",
        "Vùng nguyên liệu nằm ven sông Mã, đất phù sa màu mỡ và khí hậu phù hợp.",
        "Mỗi năm cơ sở sản xuất hàng nghìn sản phẩm, tạo việc làm cho lao động địa phương.",
        "Sản phẩm đã được hội đồng đánh giá và xếp hạng theo Chương trình Mỗi xã một sản phẩm.",
        "Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp để giữ hương vị.",
    ];

    public static int Run(string[] args)
    {
        string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var count = int.Parse(Option("--products", "1000"), CultureInfo.InvariantCulture);
        var output = Option("--out", "corpus");
        var photos = args.Contains("--photos");
        Write(output, count, photos, args.Contains("--posters"));
        Console.WriteLine($"{count} products → {output}");
        return 0;
    }

    /// <param name="posters">Printed posters are a commune's job; a national list turns them off unless asked (their cost is measured separately).</param>
    public static void Write(string root, int products, bool photos, bool posters = false)
    {
        var random = new Random(products);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "site.yml"),
            "title: OCOP Thanh Hóa\ntagline: Sản phẩm OCOP toàn tỉnh\ndescription: Danh mục sản phẩm OCOP mẫu để đo hiệu năng.\nintro: Dữ liệu tổng hợp để đo tốc độ dựng website.\n" +
            "commune: Tỉnh Thanh Hóa\ndistrict: \"\"\nprovince: Tỉnh Thanh Hóa\nbase_url: https://example.github.io/ocop/\nlanguages: [vi, en]\ndemo: true\n".Replace("district: \"\"\n", "", StringComparison.Ordinal) +
            (posters ? "" : "posters: false\n"));
        File.WriteAllText(Path.Combine(root, "site.en.yml"), "title: Thanh Hóa OCOP Products\ntagline: OCOP products of the province\n");
        File.WriteAllText(Path.Combine(root, "rating-rules.yml"),
            "expiring_warning_days: 90\nrule_sets:\n  - decision: Quyết định 148/QĐ-TTg\n    effective_from: 2023-02-24\n    validity_months: 36\n    bands:\n" +
            "      - { stars: 3, min_score: 50, max_score: 69 }\n      - { stars: 4, min_score: 70, max_score: 89 }\n      - { stars: 5, min_score: 90, max_score: 100 }\n");

        var producerCount = Math.Max(6, products / 20);
        for (var p = 0; p < producerCount; p++)
        {
            Write(root, $"chu-the/chu-the-{p}.md", $"---\nname: HTX Nông nghiệp {Places[p % Places.Length]} {p}\nsummary: Hợp tác xã sản xuất sản phẩm OCOP số {p}.\nlegal_form: hop-tac-xa\nvillage: {Villages[p % Villages.Length]}\ncontact:\n  phone: \"0912 {p % 1000:D3} {p % 997:D3}\"\n---\n\n{Paragraph(random, 3)}\n");
        }

        for (var i = 0; i < products; i++)
        {
            var (group, names) = Groups[i % Groups.Length];
            var name = $"{names[i / Groups.Length % names.Length]} {Places[i % Places.Length]} {i}";
            var stars = 3 + i % 3;
            var score = stars switch { 3 => 55 + i % 14, 4 => 70 + i % 19, _ => 90 + i % 10 };
            var issued = new DateOnly(2023, 3, 1).AddDays(i % 900);
            Write(root, $"chung-nhan/qd-{i}.md", $"---\ndecision: \"{1000 + i}/QĐ-UBND\"\nissued_on: {issued:yyyy-MM-dd}\nissuing_body: UBND tỉnh Thanh Hóa\nlevel: tinh\nstars: {stars}\nscore: {score}\nproducts: [san-pham-{i}]\n---\n");
            var slug = $"san-pham-{i}";
            var photoLines = "";
            if (photos)
            {
                File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(root, "san-pham", slug)).FullName, "anh-1.jpg"), PhotoPainter.Paint(group, i, 1600, 1200, 85));
                photoLines = "photos:\n  - file: anh-1.jpg\n    alt: Ảnh sản phẩm\n";
            }

            var body = ProductBody(random);
            Write(root, $"san-pham/{slug}/index.md",
                $"---\nname: {name}\ngroup: {group}\nproducer: chu-the-{i % producerCount}\ncertificate: qd-{i}\nvillage: {Villages[i % Villages.Length]}\nprice: {20000 + i % 50 * 5000}\nunit: hộp\n" +
                $"summary: {names[i / Groups.Length % names.Length]} đặc sản {Places[i % Places.Length]}, sản phẩm OCOP {stars} sao.\n{photoLines}" +
                $"buy:\n  postmart: https://postmart.vn/san-pham/{slug}\n  voso: https://voso.vn/{slug}\n  phone: \"0912 345 678\"\nadded: {issued:yyyy-MM-dd}\ntags: [đặc sản, {Places[i % Places.Length]}]\n---\n\n{body}");
            if (i % 2 == 0)
            {
                Write(root, $"san-pham/{slug}/index.en.md", $"---\nname: {name} (OCOP)\nsummary: A {stars}-star OCOP product from {Places[i % Places.Length]}.\n---\n\nMade by hand in small batches without preservatives.\n");
            }
        }

        for (var t = 0; t < Math.Max(4, products / 50); t++)
        {
            Write(root, $"du-lich/diem-{t}/index.md", $"---\nname: Điểm du lịch cộng đồng {Places[t % Places.Length]} {t}\nkind: du-lich-cong-dong\nvillage: {Villages[t % Villages.Length]}\nsummary: Bản làng ven sông với nhà sàn và ruộng bậc thang.\n---\n\n{Paragraph(random, 6)}\n");
        }

        for (var n = 0; n < 10; n++)
        {
            Write(root, $"tin-tuc/tin-{n}.md", $"---\ntitle: Hội chợ OCOP lần thứ {n + 1}\ndate: 2026-0{1 + n % 9}-1{n % 9}\nsummary: Các chủ thể OCOP giới thiệu sản phẩm tới khách tham quan.\n---\n\n{Paragraph(random, 6)}\n");
        }
    }

    /// <summary>A product's Markdown body: four headed sections of eight sentences (about 3,000 characters).</summary>
    public static string ProductBody(Random random)
    {
        var body = new StringBuilder();
        for (var s = 0; s < 4; s++)
        {
            body.Append("## ").Append(s switch { 0 => "Giới thiệu", 1 => "Nguyên liệu", 2 => "Cách dùng", _ => "Câu chuyện sản phẩm" }).Append("\n\n").Append(Paragraph(random, 8)).Append("\n\n");
        }

        return body.ToString();
    }

    private static string Paragraph(Random random, int sentences)
        => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentences[random.Next(Sentences.Length)]));

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
