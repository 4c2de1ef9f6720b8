public enum InvolveCorePlaceholder {}
