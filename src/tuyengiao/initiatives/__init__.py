"""Exemplary models (mô hình học tập và làm theo Bác): registry, dossiers, evaluation, replication."""
