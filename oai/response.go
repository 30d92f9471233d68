package oai

import "encoding/xml"

// Namespaces and schemas of the protocol and of the one metadata format.
const (
	nsOAI         = "http://www.openarchives.org/OAI/2.0/"
	schemaOAI     = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
	nsXSI         = "http://www.w3.org/2001/XMLSchema-instance"
	nsOAIDC       = "http://www.openarchives.org/OAI/2.0/oai_dc/"
	schemaOAIDC   = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
	nsDC          = "http://purl.org/dc/elements/1.1/"
	nsIdentifier  = "http://www.openarchives.org/OAI/2.0/oai-identifier"
	schemaIdentif = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
)

// The types below are the elements of an OAI-PMH response, in the order the
// schema (OAI-PMH.xsd) requires. Names with a prefix are written as they
// are, with their namespace declared on the element that opens them:
// encoding/xml would otherwise invent prefixes of its own.

// envelope is the root OAI-PMH element.
type envelope struct {
	XMLName        xml.Name `xml:"http://www.openarchives.org/OAI/2.0/ OAI-PMH"`
	NSXSI          string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	ResponseDate   string   `xml:"responseDate"`
	Request        request  `xml:"request"`

	Errors              []oaiError           `xml:"error"`
	Identify            *identify            `xml:"Identify"`
	ListMetadataFormats *listMetadataFormats `xml:"ListMetadataFormats"`
	ListSets            *listSets            `xml:"ListSets"`
	GetRecord           *getRecord           `xml:"GetRecord"`
	ListIdentifiers     *listIdentifiers     `xml:"ListIdentifiers"`
	ListRecords         *listRecords         `xml:"ListRecords"`
}

// request echoes the base URL and, when they were valid, the arguments.
type request struct {
	Verb            string `xml:"verb,attr,omitempty"`
	Identifier      string `xml:"identifier,attr,omitempty"`
	MetadataPrefix  string `xml:"metadataPrefix,attr,omitempty"`
	From            string `xml:"from,attr,omitempty"`
	Until           string `xml:"until,attr,omitempty"`
	Set             string `xml:"set,attr,omitempty"`
	ResumptionToken string `xml:"resumptionToken,attr,omitempty"`
	BaseURL         string `xml:",chardata"`
}

type oaiError struct {
	Code    string `xml:"code,attr"`
	Message string `xml:",chardata"`
}

type identify struct {
	RepositoryName    string         `xml:"repositoryName"`
	BaseURL           string         `xml:"baseURL"`
	ProtocolVersion   string         `xml:"protocolVersion"`
	AdminEmail        []string       `xml:"adminEmail"`
	EarliestDatestamp string         `xml:"earliestDatestamp"`
	DeletedRecord     string         `xml:"deletedRecord"`
	Granularity       string         `xml:"granularity"`
	Description       []*description `xml:"description"`
}

type description struct {
	OAIIdentifier *oaiIdentifier `xml:"oai-identifier"`
}

// oaiIdentifier describes the identifier scheme (oai-identifier.xsd).
type oaiIdentifier struct {
	XMLName              xml.Name `xml:"http://www.openarchives.org/OAI/2.0/oai-identifier oai-identifier"`
	NSXSI                string   `xml:"xmlns:xsi,attr"`
	SchemaLocation       string   `xml:"xsi:schemaLocation,attr"`
	Scheme               string   `xml:"scheme"`
	RepositoryIdentifier string   `xml:"repositoryIdentifier"`
	Delimiter            string   `xml:"delimiter"`
	SampleIdentifier     string   `xml:"sampleIdentifier"`
}

type listMetadataFormats struct {
	MetadataFormat []metadataFormat `xml:"metadataFormat"`
}

type metadataFormat struct {
	MetadataPrefix    string `xml:"metadataPrefix"`
	Schema            string `xml:"schema"`
	MetadataNamespace string `xml:"metadataNamespace"`
}

type listSets struct {
	Set []set `xml:"set"`
}

type set struct {
	SetSpec        string        `xml:"setSpec"`
	SetName        string        `xml:"setName"`
	SetDescription []*metadataDC `xml:"setDescription"`
}

type getRecord struct {
	Record *record `xml:"record"`
}

type listIdentifiers struct {
	Header          []*header        `xml:"header"`
	ResumptionToken *resumptionToken `xml:"resumptionToken"`
}

type listRecords struct {
	Record          []*record        `xml:"record"`
	ResumptionToken *resumptionToken `xml:"resumptionToken"`
}

type record struct {
	Header   *header     `xml:"header"`
	Metadata *metadataDC `xml:"metadata"`
}

type header struct {
	Identifier string   `xml:"identifier"`
	Datestamp  string   `xml:"datestamp"`
	SetSpec    []string `xml:"setSpec"`
}

type resumptionToken struct {
	CompleteListSize int    `xml:"completeListSize,attr"`
	Cursor           int    `xml:"cursor,attr"`
	Token            string `xml:",chardata"`
}

// metadataDC holds one oai_dc:dc element: the content of a record's
// metadata, or of a set's setDescription.
type metadataDC struct {
	DC *dublinCore `xml:"oai_dc:dc"`
}

// dublinCore is unqualified Dublin Core as oai_dc.xsd has it: any of the
// fifteen elements, each repeatable, in any order.
type dublinCore struct {
	NSOAIDC        string   `xml:"xmlns:oai_dc,attr"`
	NSDC           string   `xml:"xmlns:dc,attr"`
	NSXSI          string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Title          []string `xml:"dc:title"`
	Creator        []string `xml:"dc:creator"`
	Subject        []string `xml:"dc:subject"`
	Description    []string `xml:"dc:description"`
	Publisher      []string `xml:"dc:publisher"`
	Date           []string `xml:"dc:date"`
	Type           []string `xml:"dc:type"`
	Identifier     []string `xml:"dc:identifier"`
	Source         []string `xml:"dc:source"`
	Language       []string `xml:"dc:language"`
}

func newDublinCore() *dublinCore {
	return &dublinCore{
		NSOAIDC:        nsOAIDC,
		NSDC:           nsDC,
		NSXSI:          nsXSI,
		SchemaLocation: nsOAIDC + " " + schemaOAIDC,
	}
}
