using Azure.Core;

namespace TeamsBookingsBot.BusinessCentral;

/// <summary>How a connection's requests sign in: its API root (the only host its token may go to) and its credential (null: none, the loopback sandbox).</summary>
internal sealed record BusinessCentralSignIn(Uri Root, Func<TokenCredential?> Credential);
