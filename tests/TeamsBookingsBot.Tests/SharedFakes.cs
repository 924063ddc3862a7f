// The hand-written fakes of the Core ports live in TestSupport, shared by both test projects.
global using TeamsBookingsBot.Testing.Fakes;
