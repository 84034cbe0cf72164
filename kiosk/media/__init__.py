"""The media pipeline: image derivatives and spoken narration, built ahead of time.

``kiosk assets build`` turns the content's images into display-sized derivatives and speaks the
narration tracks that have no recording, writing everything under ``<content>/.derivatives``.
Plain Python: nothing here imports Qt. (SVG drawings are rasterised by a worker function that
lives in ``kiosk.ui`` and is named here only as a string.)
"""
