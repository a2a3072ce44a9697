package catalog

// Figure is an exercise drawn as data: a view, the pose at the start and at
// the end of the movement, the props and an arrow for the movement. The
// renderer in package figure draws it as SVG and into the PDF.
type Figure struct {
	// View is the side the body is seen from: side or front.
	View string `json:"view" jsonschema:"enum=side,enum=front"`
	// Start is the pose at the start of the movement.
	Start Pose `json:"start"`
	// End is the pose at the end of the movement; absent for a still hold.
	End *Pose `json:"end,omitempty"`
}

// Pose is the body's base position and its joint angles, in degrees.
type Pose struct {
	// Base is the body's base position; it matches the entry's position.
	Base Position `json:"base"`
}
