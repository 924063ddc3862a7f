using System.Text;
using TeamsBookingsBot.Application.Ports;

namespace TeamsBookingsBot.Storage;

public sealed class ActivityReceiptKeyTests
{
    [Fact]
    public void ForBody_SameBody_SameKeyDifferentBodyDifferentKey()
    {
        ActivityReceiptKey first = ActivityReceiptKey.ForBody("tenant-1", "msteams", "a:1", Encoding.UTF8.GetBytes("""{"type":"message"}"""));
        ActivityReceiptKey again = ActivityReceiptKey.ForBody("tenant-1", "msteams", "a:1", Encoding.UTF8.GetBytes("""{"type":"message"}"""));
        ActivityReceiptKey other = ActivityReceiptKey.ForBody("tenant-1", "msteams", "a:1", Encoding.UTF8.GetBytes("""{"type":"invoke"}"""));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Matches("^sha256:[0-9a-f]{64}$", first.ActivityId);
    }
}
