"""Claims and documents tables → filtered, aggregated frames and Altair charts for the dashboard (no Streamlit here)."""
