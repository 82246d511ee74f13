"""Activity registers: study conferences, theory classes, commendations, inspections, documents, outreach."""
