// The FSRS-6 scheduler lives here (issue 4).
