"""Events, aggregates and claims from a parsed document."""
