"""Placeholder until the dashboard lands (issue: the dashboard)."""
import streamlit as st

st.title("Conflict timeline")
st.info("The dashboard is being built. The temporal engine and extraction come first.")
