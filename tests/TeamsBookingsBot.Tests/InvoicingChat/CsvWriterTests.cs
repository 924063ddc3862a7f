using TeamsBookingsBot.Teams.Invoicing;

namespace TeamsBookingsBot.InvoicingChat;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("Ünïcödé 🎉", "Ünïcödé 🎉")]
    public void Cell_Rfc4180_QuotesOnlyWhatNeedsIt(string? value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Cell(value));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    public void Cell_FormulaStart_GetsAnApostropheSoSpreadsheetsShowItAsText(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Cell(value));
    }

    [Fact]
    public void Row_Cells_JoinedByCommasEndingInCrLf()
    {
        Assert.Equal("a,\"b,c\",,d\r\n", CsvWriter.Row(["a", "b,c", null, "d"]));
    }
}
