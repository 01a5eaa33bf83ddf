namespace PlanTracker.Fuzz;

/// <summary>
/// The random seed of one input, the same in every process (HashCode.Combine is randomised per process, so
/// a run could not be repeated and --dump --index would rebuild a different input).
/// </summary>
public static class CaseSeed
{
    public static int Of(int seed, int index, int salt)
    {
        unchecked
        {
            var hash = (uint)salt * 2_654_435_761u;
            hash = (hash ^ (uint)seed) * 16_777_619u;
            hash = (hash ^ (uint)index) * 2_246_822_519u;
            return (int)(hash ^ (hash >> 15));
        }
    }
}
