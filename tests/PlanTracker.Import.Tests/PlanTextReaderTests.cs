using System.Text;

namespace PlanTracker.Import.Tests;

public class PlanTextReaderTests
{
    static PlanTextReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void EmptyFileIsRejected()
    {
        Assert.Equal("文件为空", PlanTextReader.Read([]).Error);
        Assert.Equal("文件为空", PlanTextReader.Read(Encoding.UTF8.GetBytes(" \r\n\n")).Error);
        Assert.Equal("文件为空", PlanTextReader.Read([0xEF, 0xBB, 0xBF]).Error);
    }

    [Fact]
    public void BinaryFileIsRejected()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var result = PlanTextReader.Read(png);
        Assert.False(result.Success);
        Assert.Equal("文件不是文本（疑似二进制文件）", result.Error);
    }

    [Fact]
    public void OversizedFileIsRejected()
    {
        var result = PlanTextReader.Read(new byte[PlanTextReader.MaxBytes + 1]);
        Assert.Equal("文件过大（超过 10 MB）", result.Error);
        Assert.Equal(10 * 1024 * 1024, PlanTextReader.MaxBytes);
    }

    [Fact]
    public void TenMegabytesExactlyIsAccepted()
    {
        var bytes = Enumerable.Repeat((byte)'a', PlanTextReader.MaxBytes).ToArray();
        Assert.True(PlanTextReader.Read(bytes).Success);
    }

    [Fact]
    public void Utf8WithAndWithoutBom()
    {
        var plain = PlanTextReader.Read(Encoding.UTF8.GetBytes("长沙市\r\n规划\r第一章"));
        var bom = PlanTextReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("长沙市\r\n规划\r第一章")]);
        Assert.Equal("长沙市\n规划\n第一章", plain.Text);
        Assert.Equal(plain.Text, bom.Text);
        Assert.Equal("utf-8", plain.Encoding);
        Assert.Equal("utf-8", bom.Encoding);
        Assert.Null(plain.Error);
    }

    [Fact]
    public void Gb18030IsDetected()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("株洲市“十四五”人力资源和社会保障事业发展规划\r\n");
        var result = PlanTextReader.Read(bytes);
        Assert.True(result.Success);
        Assert.Equal("gb18030", result.Encoding);
        Assert.Equal("株洲市“十四五”人力资源和社会保障事业发展规划\n", result.Text);
    }

    [Fact]
    public void UndecodableBytesAreReported()
    {
        // 0x80 alone, and 0xFF, are valid in neither UTF-8 nor GB18030.
        var result = PlanTextReader.Read([0x41, 0xFF, 0x80, 0x42]);
        Assert.False(result.Success);
        Assert.Equal("无法识别文件编码", result.Error);
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void SeedsAreUtf8(string file)
    {
        var result = PlanTextReader.Read(Seeds.Bytes(file));
        Assert.True(result.Success);
        Assert.Equal("utf-8", result.Encoding);
        Assert.DoesNotContain('\r', result.Text);
    }
}
