namespace Casewell.Households;

/// <summary>What recording a client's relationships says, as codes the web words.</summary>
public static class HouseholdMessages
{
    public const string ChooseType = "Household.ChooseType";
    public const string RelatedToSelf = "Household.RelatedToSelf";
    public const string NoSuchClient = "Household.NoSuchClient";
    public const string AlreadyLinked = "Household.AlreadyLinked";
    public const string RequiredPersonName = "Household.RequiredPersonName";
    public const string Name = "Household.Name";
    public const string Phone = "Household.Phone";
    public const string Notes = "Household.Notes";
}
