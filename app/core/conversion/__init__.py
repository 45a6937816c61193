"""Mapping and conversion: which column feeds which field, and each row turned into an event.

``mapping`` reads and writes the mapping file (its plain types in ``mapping_types``, its bounds in
``mapping_limits``); ``automatch`` proposes columns for fields. ``convert`` turns every row of a
sheet into the exact JSON a destination receives, through the cell converters of ``converters``
and ``dates``, the mapping-wide checks of ``validate`` and the deterministic ids of
``event_ids``; ``edits`` applies the fixes a user made in Preview. A row that cannot be sent
gets a ``Problem`` (``problems``) worded by ``messages``. Destination specifics come from
``app.core.destinations``; nothing here sends anything.
"""
