namespace TeamsBookingsBot.Testing;

/// <param name="Name">The name the test gave the card.</param>
/// <param name="Text">What the renderer shows: its text nodes, one a line.</param>
public sealed record RenderedCard(string Name, string Text);
