namespace PlanTracker.Data.Postgres;

/// <summary>The private cluster could not be found, created or started; the message says what to do.</summary>
public sealed class LocalPostgresException(string message, Exception? inner = null) : Exception(message, inner);
