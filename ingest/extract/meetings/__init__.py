"""Meetings: the meeting rules, their places, their parties and summonses."""
