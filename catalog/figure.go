package catalog

import "github.com/invopop/jsonschema"

// Figure is an exercise drawn as data: a view, the pose at the start and at
// the end of the movement, the props and arrows for the movement. The
// renderer in package catalog/figure draws it as SVG and into the PDF.
//
// Angles are in degrees. The trunk's angles are measured from the neutral
// of the pose's base position (upright for standing, kneeling and sitting;
// flat for lying; level for hands and knees); every other angle is a
// joint's, measured from standing upright with the arms at the sides, so
// the numbers are the ones a physiotherapist reads off a goniometer.
type Figure struct {
	// View is where the body is seen from. side: from the person's right
	// side (beside the mat for a lying body; a side-lying body shows its
	// front, seen from 35 degrees above so bent knees show). front: facing
	// the person.
	View string `json:"view" jsonschema:"enum=side,enum=front"`
	// Start is the pose at the start of the movement, drawn light grey.
	Start Pose `json:"start"`
	// End is the pose at the end of the movement, drawn black; absent for
	// a still hold, whose one pose is then drawn black.
	End *Pose `json:"end,omitempty"`
	// Props lists the things drawn with the body: a mat, a chair, a wall…
	Props []Prop `json:"props,omitempty" jsonschema:"maxItems=6"`
	// Arrows show the movement or, on a still pose, the push.
	Arrows []Arrow `json:"arrows,omitempty" jsonschema:"maxItems=4"`
}

// Pose is the body's base position and its joint angles. Limbs left out
// keep the neutral angles (straight, hanging or standing).
type Pose struct {
	// Base is the body's base position; it matches the entry's position.
	Base Position `json:"base"`
	// Trunk leans the trunk forward (positive: bending forward when
	// upright, sitting up when lying on the back) or back (negative) from
	// the base's neutral, pivoting at the hips.
	Trunk float64 `json:"trunk,omitempty" jsonschema:"minimum=-120,maximum=120"`
	// TrunkSide tilts the trunk toward its left side (positive) or its
	// right (negative): raising the upper body off the floor in side-lying.
	TrunkSide float64 `json:"trunk_side,omitempty" jsonschema:"minimum=-60,maximum=60"`
	// Spine curves the back: positive rounds it (the cat of cat-cow),
	// negative hollows it (the cow).
	Spine float64 `json:"spine,omitempty" jsonschema:"minimum=-30,maximum=40"`
	// Near and Far are the right and left sides of the body, named as seen
	// in the side view; Right and Left name the same sides in the front
	// view. Give near/far or right/left, not both.
	Near *Side `json:"near,omitempty"`
	// Far is the left side of the body (the side away from the viewer in
	// the side view).
	Far *Side `json:"far,omitempty"`
	// Right is the person's right side, for the front view.
	Right *Side `json:"right,omitempty"`
	// Left is the person's left side, for the front view.
	Left *Side `json:"left,omitempty"`
}

// Side holds the joint angles of one leg and one arm.
type Side struct {
	// Hip bends the hip: flexion (thigh forward and up) positive, extension
	// (thigh back) negative.
	Hip float64 `json:"hip,omitempty" jsonschema:"minimum=-30,maximum=140"`
	// Abduction takes the thigh out to the side (positive) or across the
	// body (negative).
	Abduction float64 `json:"abduction,omitempty" jsonschema:"minimum=-30,maximum=70"`
	// Rotation turns the thigh about its length: outward (external
	// rotation, as in a clamshell or a figure four) positive, inward
	// negative.
	Rotation float64 `json:"rotation,omitempty" jsonschema:"minimum=-45,maximum=80"`
	// Knee bends the knee: 0 straight, 150 fully bent; a knee does not
	// bend the other way beyond a few degrees.
	Knee float64 `json:"knee,omitempty" jsonschema:"minimum=-10,maximum=160"`
	// Ankle points the toes up (positive) or down (negative) from a right
	// angle to the shin.
	Ankle float64 `json:"ankle,omitempty" jsonschema:"minimum=-60,maximum=30"`
	// Shoulder raises the arm forward (positive, 180 overhead) or back
	// (negative).
	Shoulder float64 `json:"shoulder,omitempty" jsonschema:"minimum=-60,maximum=180"`
	// ShoulderAbduction raises the arm out to the side.
	ShoulderAbduction float64 `json:"shoulder_abduction,omitempty" jsonschema:"minimum=0,maximum=180"`
	// Elbow bends the elbow: 0 straight, 150 fully bent.
	Elbow float64 `json:"elbow,omitempty" jsonschema:"minimum=-10,maximum=160"`
}

// Prop is a thing drawn with the body, placed at a part of the body in the
// end pose: a chair under the pelvis, a wall at the hands, a ball under a
// buttock.
type Prop struct {
	// Kind is what the prop is. A mat lies under the whole body; chair,
	// bench, step, roller and ball carry the part named by At; a wall
	// stands beside it; a band loops around it; a weight (drawn as a
	// kettlebell, for a dumbbell too) hangs from a hand or rests on the
	// part; a strap runs from the part (a foot, a knee) to both hands.
	Kind string `json:"kind" jsonschema:"enum=mat,enum=chair,enum=bench,enum=step,enum=roller,enum=ball,enum=exercise_ball,enum=wall,enum=band,enum=weight,enum=strap"`
	// At is the part of the body the prop carries, touches or loops
	// around; a mat needs none.
	At BodyPart `json:"at,omitempty"`
}

// Arrow is an arrow drawn along a movement: from where a part of the body
// is in the start pose to where it is in the end pose, or, for a push
// that does not move, from the part in Direction.
type Arrow struct {
	// Part is the part of the body that moves or pushes.
	Part BodyPart `json:"part"`
	// Direction points a push arrow: degrees counter-clockwise from the
	// right of the drawing (0 right, 90 up). Only for a part that does not
	// move between the poses.
	Direction *float64 `json:"direction,omitempty" jsonschema:"minimum=-360,maximum=360"`
	// Bend curves the arrow to one side (positive: counter-clockwise), as
	// a fraction of its length; a limb swinging about a joint reads best
	// with a bend of about 0.2.
	Bend float64 `json:"bend,omitempty" jsonschema:"minimum=-1,maximum=1"`
}

// BodyPart names a point of the drawn body that props and arrows attach to.
type BodyPart string

// The body parts. Near and far parts are the right and left ones, as in
// [Pose]; right_ and left_ name them in the front view.
var BodyParts = []BodyPart{
	"head", "shoulders", "back", "pelvis",
	"near_hip", "far_hip", "near_knee", "far_knee", "near_foot", "far_foot",
	"near_hand", "far_hand", "near_elbow", "far_elbow", "near_thigh", "far_thigh",
	"right_hip", "left_hip", "right_knee", "left_knee", "right_foot", "left_foot",
	"right_hand", "left_hand", "right_elbow", "left_elbow", "right_thigh", "left_thigh",
	"knees", "thighs", "ankles",
}

// JSONSchemaExtend lists the body parts in the schema.
func (BodyPart) JSONSchemaExtend(s *jsonschema.Schema) { s.Enum = anys(BodyParts) }
