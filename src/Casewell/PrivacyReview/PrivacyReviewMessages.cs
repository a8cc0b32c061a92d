using Casewell.Common;

namespace Casewell.PrivacyReview;

/// <summary>What reviewing a permission change says, as codes the web words.</summary>
public static class PrivacyReviewMessages
{
    public const string NoteMissing = "PrivacyReview.NoteMissing";
    [MessageArgs("max")] public const string NoteTooLong = "PrivacyReview.NoteTooLong";
    public const string Stale = "PrivacyReview.Stale";
    [MessageArgs("reviewer")] public const string AlreadyReviewed = "PrivacyReview.AlreadyReviewed";
    public const string ReviewedMeanwhile = "PrivacyReview.ReviewedMeanwhile";
}
