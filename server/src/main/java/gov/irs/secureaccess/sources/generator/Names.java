package gov.irs.secureaccess.sources.generator;

import java.util.List;
import java.util.Random;

import gov.irs.secureaccess.sources.PersonName;

/**
 * Realistic US names, including the forms that trip name matching: apostrophes, hyphens,
 * particles, accents, two-word surnames, middle names and generational suffixes.
 */
final class Names {

	private static final List<String> FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
			"Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly",
			"Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Dorothy", "Rebecca",
			"Sharon", "Laura", "Cynthia", "Amy", "Kathleen", "Angela", "Shirley", "Brenda", "Emma", "Anna", "Pamela",
			"Nicole", "Samantha", "Katherine", "Christine", "Helen", "Debra", "Rachel", "Carolyn", "Janet", "Maria",
			"Catherine", "Heather", "Diane", "Olivia", "Julie", "Joyce", "Victoria", "Ruth", "Virginia", "Lauren",
			"Kelly", "Christina", "Joan", "Evelyn", "Judith", "Andrea", "Hannah", "Megan", "Cheryl", "Jacqueline",
			"Martha", "Madison", "Teresa", "Gloria", "Sara", "Janice", "Ann", "Kathryn", "Abigail", "Sophia", "Frances",
			"Jean", "Alice", "Judy", "Isabella", "Julia", "Grace", "Amber", "Denise", "Danielle", "Marilyn", "Beverly",
			"Charlotte", "Natalie", "Theresa", "Diana", "Brittany", "Doris", "Kayla", "Alexis", "Lori", "Guadalupe",
			"Ximena", "Mei", "Priya", "Aaliyah", "Zoë", "Renée", "Nguyet", "Fatima", "Mary Beth");

	private static final List<String> MALE = List.of("James", "Robert", "John", "Michael", "David", "William",
			"Richard", "Joseph", "Thomas", "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald",
			"Steven", "Andrew", "Paul", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason",
			"Edward", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin",
			"Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank", "Raymond", "Jack",
			"Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Zachary", "Douglas", "Peter",
			"Kyle", "Noah", "Ethan", "Jeremy", "Walter", "Christian", "Keith", "Roger", "Terry", "Austin", "Sean",
			"Gerald", "Carl", "Harold", "Dylan", "Arthur", "Lawrence", "Jordan", "Jesse", "Bryan", "Billy", "Bruce",
			"Gabriel", "Joe", "Logan", "Alan", "Juan", "Albert", "Willie", "Elijah", "Wayne", "Randy", "Vincent",
			"Mason", "Roy", "Ralph", "Bobby", "Russell", "Bradley", "Philip", "Eugene", "José", "Luis", "Wei", "Raj",
			"DeShawn", "Mohammed", "Tuan", "Jean-Luc", "Billy Ray");

	private static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
			"Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
			"Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
			"Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres",
			"Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
			"Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins",
			"Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan",
			"Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
			"Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price",
			"Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "O'Brien",
			"O'Connor", "McDonald", "MacKenzie", "Smith-Jones", "Garcia-Lopez", "De La Cruz", "Van der Berg",
			"St. John", "D'Angelo", "Nuñez", "Müller", "Schmidt", "Kowalski", "Nakamura", "Tran", "Pham", "Chen",
			"Wang", "Singh", "Khan", "Okafor", "Abdullah", "Yamamoto", "Rossi", "Dubois", "LeBlanc", "Fitzgerald",
			"Washington", "Begay");

	private static final List<String> SUFFIXES = List.of("JR", "SR", "II", "III", "IV");

	private Names() {
	}

	static PersonName person(Random random, boolean female) {
		String first = pick(random, female ? FEMALE : MALE);
		String middle = middle(random, female);
		String suffix = (!female && random.nextInt(100) < 4) ? pick(random, SUFFIXES) : null;
		return new PersonName(first, middle, pick(random, LAST), suffix);
	}

	/** Someone else in the household: usually the same surname, another first name. */
	static PersonName householdMember(Random random, PersonName person) {
		String last = (random.nextInt(100) < 70) ? person.last() : pick(random, LAST);
		String first;
		do {
			first = pick(random, random.nextBoolean() ? FEMALE : MALE);
		}
		while (first.equals(person.first()));
		return PersonName.of(first, last);
	}

	static String lastName(Random random) {
		return pick(random, LAST);
	}

	private static String middle(Random random, boolean female) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			return null;
		}
		String name = pick(random, female ? FEMALE : MALE);
		return (roll < 75) ? name.substring(0, 1) : name;
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
