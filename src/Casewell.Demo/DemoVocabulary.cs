namespace Casewell.Demo;

/// <summary>
/// Word lists the generator draws from: common US given names and surnames across the communities agencies
/// serve, and places and organizations of a fictional county. Phone numbers stay in the 555-01xx range and
/// email domains under .example, which are reserved for fiction and never reach a real person.
/// </summary>
internal static class DemoVocabulary
{
    public static readonly string[] FemaleNames =
    [
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen",
        "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha",
        "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane",
        "Olivia", "Julie", "Joyce", "Victoria", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith",
        "Guadalupe", "Rosa", "Ana", "Carmen", "Yesenia", "Lucia", "Sofia", "Isabella", "Camila", "Valeria",
        "Aaliyah", "Imani", "Jasmine", "Destiny", "Keisha", "Tamika", "Ebony", "Latoya", "Shanice", "Nia",
        "Mei", "Linh", "Thu", "Priya", "Ananya", "Fatima", "Amina", "Hana", "Yuki", "Soo-jin",
        "Ava", "Mia", "Harper", "Abigail", "Ella", "Madison", "Chloe", "Grace", "Zoey", "Lily",
    ];

    public static readonly string[] MaleNames =
    [
        "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
        "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
        "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry",
        "Jose", "Juan", "Luis", "Carlos", "Miguel", "Jesus", "Alejandro", "Diego", "Mateo", "Santiago",
        "DeShawn", "Jamal", "Tyrone", "Darnell", "Marcus", "Andre", "Terrell", "Malik", "Jalen", "Khalil",
        "Wei", "Minh", "Duc", "Arjun", "Rahul", "Mohammed", "Omar", "Ahmed", "Hiroshi", "Min-jun",
        "Liam", "Noah", "Oliver", "Elijah", "Lucas", "Mason", "Logan", "Ethan", "Aiden", "Caleb",
        "Walter", "Harold", "Eugene", "Ralph", "Roy", "Louis", "Bobby", "Billy", "Howard", "Earl",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
        "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
        "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
        "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes",
        "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham",
        "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson",
        "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
        "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
        "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter",
        "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks",
        "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox",
        "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens",
        "O'Brien", "Pham", "Le", "Wang", "Singh", "Khan", "Ali", "Yamamoto", "Park", "Begay",
    ];

    /// <summary>Formal names and the short forms people give at the front desk.</summary>
    public static readonly (string Formal, string Short)[] Nicknames =
    [
        ("William", "Bill"), ("Robert", "Bob"), ("Richard", "Rick"), ("James", "Jim"), ("Joseph", "Joe"),
        ("Michael", "Mike"), ("Christopher", "Chris"), ("Elizabeth", "Liz"), ("Katherine", "Kate"),
        ("Margaret", "Peggy"), ("Patricia", "Trish"), ("Jennifer", "Jen"), ("Thomas", "Tom"), ("Anthony", "Tony"),
        ("Alejandro", "Alex"), ("Jose", "Pepe"), ("Guadalupe", "Lupe"), ("Deborah", "Debbie"), ("Samantha", "Sam"),
    ];

    public static readonly string[] Streets =
    [
        "Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Walnut", "Sunset",
        "Lincoln", "Jackson", "Church", "River", "Mill", "Spring", "Franklin", "Highland", "Center", "Forest",
        "Chestnut", "Meadow", "Jefferson", "Madison", "Ridge", "Broad", "Market", "Union",
    ];

    public static readonly string[] StreetKinds = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way"];

    /// <summary>Towns of the fictional Harmon County, with ZIP codes.</summary>
    public static readonly (string City, string Zip)[] Towns =
    [
        ("Harmon", "45801"), ("Harmon", "45804"), ("Harmon", "45805"), ("Millbrook", "45812"), ("Clearwater", "45817"),
        ("Riverton", "45820"), ("Ashford", "45833"), ("Pleasant Valley", "45840"), ("North Harmon", "45807"),
        ("Cedar Falls", "45850"),
    ];

    public static readonly string[] Languages = ["Spanish", "Vietnamese", "Arabic", "Somali", "Haitian Creole", "Mandarin", "Russian", "Navajo", "Korean", "American Sign Language"];

    public static readonly string[] Schools =
    [
        "Harmon Elementary School", "Lincoln Elementary School", "Riverton Middle School", "Harmon High School",
        "Millbrook Middle School", "Clearwater High School", "Cedar Falls Elementary School", "Harmon Head Start",
    ];

    public static readonly string[] Clinics =
    [
        "Harmon Family Medicine", "Riverton Community Health Center", "Millbrook Pediatrics",
        "St. Anne's Hospital Primary Care", "Clearwater Free Clinic", "Harmon County Health Department",
    ];

    public static readonly string[] BehavioralHealth =
    [
        "Harmon Behavioral Health", "Riverton Counseling Associates", "New Path Recovery Center",
        "Harmon County Mental Health Board Clinic", "Crossroads Family Therapy",
    ];

    public static readonly string[] Courts =
    [
        "Harmon County Adult Probation", "State Adult Parole Authority, Harmon Region", "Harmon County Public Defender",
        "Legal Aid of Harmon County", "Harmon County CASA",
    ];

    public static readonly string[] Faith = ["First Baptist Church of Harmon", "St. Mary's Parish", "Harmon Islamic Center", "Riverton Methodist Church"];
}
