public enum InvolveFormatsPlaceholder {}
