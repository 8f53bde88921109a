//! Common given names and the gender they usually go with, used only as a hint when the article
//! itself gives none (a title such as `Ms.` or a later `she` outweighs it).
//!
//! Sources: common given names of Canadian English and French, British, European, South Asian,
//! Arabic, Persian, Turkish, East Asian and West, East and Southern African usage, written by
//! hand; and the US Census Bureau's 1990 given-name frequency lists (public domain): every name
//! borne by at least 0.01% of men or of women, on the list of the sex that bears it at least
//! four times as often, else on both (no gender); and, by hand, given names common among Americans born since 1990
//! that those lists predate (`Jalen`, `Aaliyah`), leaving out those that are common surnames
//! (`Carter`, `Cooper`, `Kennedy`).
//! No name is here for one public figure.

use super::words::Gender;
use super::SortedWords;

#[rustfmt::skip]
static MALE: SortedWords = sorted_words!("
    Aaron Abdoulaye Abdul Abebe Abel Abhishek Abraham Abubakar Adam Adama Adebayo Adewale Aditya
    Adolfo Adolph Adrian Agustin Ahmad Ahmed Ahmet Aidan Aiden Ajay Akash Akin Akira Al Alain Alan
    Alastair Albert Alberto Alec Alejandro Alex Alexander Alexandre Alexei Alfonso Alfred Alfredo
    Ali Aliyu Allan Allen Alonzo Alphonso Alton Alvaro Alvin Amani Ambrose Amir Amit Amos Anand
    Andre Andreas Andrei Andres Andrew André Andy Angel Angelo Angus Anil Anthony Antoine Anton
    Antonio Antony Anwar Arash Archie Arjun Armand Armando Arnold Arthur Arturo Arun Asher Ashok
    Ashton Asif Aubrey August Austin Avi Axel Ayman Ayodele Aziz Babajide Babak Baraka Barry Bart
    Bashir Basil Ben Benedict Benito Benjamin Bennie Benny Benoit Bernard Bernardo Bernie Bert Bilal
    Bill Billy Blaine Blair Blake Bo Bob Bobby Bola Bongani Boris Boubacar Boyd Brad Bradford
    Bradley Brady Brain Brandon Brayden Brendan Brent Bret Brett Brian Brock Brody Bruce Bruno Bryan
    Bryant Bryce Bryon Buddy Burak Burton Byron Caleb Calvin Cameron Carey Carl Carlos Carlton
    Carroll Carson Cary Casey Cecil Cedric Cem Cesar Chad Charles Charlie Chase Cheikh Chen Chester
    Chidi Chinedu Chinonso Chris Christian Christopher Chuck Chukwuma Clarence Clark Claude Clay
    Clayton Clement Cleo Cleveland Cliff Clifford Clifton Clint Clinton Clyde Cody Cole Colin Colton
    Connor Conor Conrad Corey Cornelius Cory Coy Craig Curt Curtis Cyril Daisuke Dale Dallas Damian
    Damien Damon Dan Dane Daniel Danny Dante Dapo Darcy Darin Darius Dariush Darnell Darrel Darrell
    Darren Darrin Darryl Darwin Daryl Dave David Davis Dawit DeAndre DeShawn Dean Declan Dee Deepak
    Delbert Demetrius Denis Dennis Denny Derek Derick Derrick Desmond Dev Devin Devon Devonte
    Dewayne Dewey Dexter Diego Dieter Dillon Dinesh Dion Dmitry Domingo Dominic Dominick Dominique
    Don Donald Donnell Donnie Donovan Doug Dougie Douglas Doyle Drew Duane Duncan Dustin Dwayne
    Dwight Dylan Earl Earnest Easton Ed Eddie Eddy Edgar Edmond Edmund Eduardo Edward Edwin Efrain
    Elbert Eldon Eli Elias Elijah Elliot Elliott Ellis Elmer Elton Elvin Elvis Elwood Emanuel Emeka
    Emery Emil Emilio Emmanuel Emmett Emre Enrique Eric Erick Erik Ernest Ernesto Ernie Ervin Erwin
    Esteban Ethan Eugene Evan Everett Ezra Fabian Faisal Farhad Farid Federico Felipe Felix Femi
    Fernand Fernando Fidel Finn Floyd Forrest Francesco Francis Francisco Frank Frankie Franklin
    François Fraser Fred Freddie Freddy Frederic Frederick Fredrick Friedrich Frédéric Gabriel Gale
    Ganesh Gareth Garland Garrett Garry Gary Gaurav Gavin Gaétan Gbenga Gene Geoff Geoffrey George
    Gerald Gerard Gerardo Gerry Ghislain Gil Gilbert Gilberto Gilles Giuseppe Glen Glenn Gonzalo
    Gopal Gord Gordon Grady Graham Grant Greg Gregg Gregorio Gregory Grover Guadalupe Guillaume
    Guillermo Gurpreet Gus Gustavo Guy Hal Hamid Hamza Hank Hans Hari Harinder Harish Harjit Harlan
    Harley Harold Harrison Harry Haruto Harvey Hassan Heath Hector Henry Herb Herbert Heriberto
    Herman Hiram Hiroshi Homer Horace Hossein Howard Hubert Hugh Hugo Hugues Humberto Hunter Hussein
    Ian Ibrahim Ifeanyi Ignacio Ikenna Imran Ira Irfan Irvin Irving Isaac Isaiah Ismael Israel Issac
    Ivan Ivor Jabulani Jace Jack Jackson Jacob Jacques Jaime Jake Jalen Jamal Jamar James Jamie
    Jamil Jan Jared Jarrett Jarrod Jarvis Jason Jaspal Jasper Javier Jaxon Jay Jayden Jaylen Jayson
    Jean-Francois Jean-François Jean-Guy Jean-Marc Jean-Pierre Jean-Yves Jed Jeff Jefferson Jeffery
    Jeffrey Jeffry Jerald Jeremiah Jeremy Jermaine Jerome Jerry Jess Jesse Jesus Jim Jimmie Jimmy
    Joaquin Joe Joel Joesph Joey Johan John Johnathan Johnnie Johnny Jon Jonah Jonas Jonathan
    Jonathon Jordan Jorge Jose Joseph Josh Joshua Josiah Juan Julian Julio Julius Juma Jun Junior
    Justin Jérôme Jürgen Kaden Kai Kamau Kamran Kane Karan Kareem Karim Karl Kaveh Kazuo Keegan
    Keith Kelechi Kelvin Kemal Ken Kendall Kendrick Kenji Kenneth Kenny Kent Kermit Kevin Khaled
    Khalid Khalil Kieran Kim Kirby Kirk Klaus Kodjo Kofi Koji Kojo Komi Kris Kristopher Kunle Kurt
    Kwabena Kwame Kwasi Kweku Kyle Lamar Lamine Lamont Lance Lane Larry Lars Laurence Laurent
    Laverne Lawrence Lee Leif Leland Lenny Leo Leon Leonard Leonardo Leroy Les Lester Levi Lewis
    Liam Lincoln Lionel Lloyd Logan Lonnie Loren Lorenzo Lorne Louie Louis Lowell Loyd Luc Luca
    Lucas Luciano Lucien Luis Luke Lula Luther Lyle Mac Mack Mackenzie Mahesh Mahmoud Majid Makoto
    Malcolm Malik Mamadou Mandla Manoj Manuel Marc Marc-Andre Marcel Marco Marcos Marcus Mariano
    Mario Mark Marlin Marlon Marquise Marshall Martin Marty Marvin Marwan Masato Mason Mateo Mathew
    Mathieu Matt Matteo Matthew Maurice Mauricio Max Maxime Maxwell Maynard Mazen Mehdi Mehmet
    Melvin Merle Micah Michael Micheal Michel Mick Mickey Miguel Mikael Mike Miles Millard Milo
    Milton Mitch Mitchel Mitchell Modou Mohamad Mohamed Mohammad Mohammed Mohan Moises Monte Monty
    Morgan Morris Moses Moshe Mostafa Moussa Muhammad Mulugeta Munir Murat Murray Musa Mustafa
    Mwangi Myron Nabil Nadim Naoki Nasser Nathan Nathaniel Navdeep Naveen Navid Neal Ned Neil Nelson
    Neville Nicholas Nick Nickolas Nicolas Nigel Nikhil Nils Nizar Njoroge Nnamdi Noah Noe Noel
    Nolan Norbert Norman Normand Norris Obinna Ochieng Odell Odhiambo Olaf Oliver Olivier Ollie
    Olumide Olusegun Oluwafemi Oluwaseun Omar Omid Omondi Orlando Orville Osama Oscar Otieno Otis
    Otto Ousmane Owen Pablo Pascal Pat Patrice Patrick Paul Payam Pedro Percy Perry Pete Peter
    Peyton Phil Philip Philippe Phillip Pierre Pradeep Prakash Preston Qasim Quentin Quincy Quinn
    Quinton Rafael Rafiq Rahul Raj Rajesh Rakesh Ralph Ramesh Rami Ramin Ramiro Ramon Randal Randall
    Randolph Randy Raphael Rashid Raul Ravi Ray Raymond Reed Reggie Reginald Reid Rejean Rene Reuben
    Rex Reynaldo Reza Rhys Riad Ricardo Rich Richard Richie Rick Rickey Rickie Ricky Rigoberto Riley
    Rizwan Rob Robbie Robert Roberto Rocco Rocky Rod Roderick Rodger Rodney Rodolfo Rodrigo Rogelio
    Roger Rohit Roland Rolando Rolf Roman Romeo Ron Ronald Ronnie Roosevelt Rory Roscoe Ross Rowan
    Roy Royce Ruben Rudolph Rudy Rufus Rupert Russ Russel Russell Rusty Ryan Ryder Ryo Réal Réjean
    Rémi Saad Sachin Sadiq Saeed Salah Salim Salvador Salvatore Sam Sameer Sami Samir Sammie Sammy
    Samuel Sandeep Sani Sanjay Santiago Santos Satoshi Saul Scot Scott Scotty Sean Sebastian
    Sebastien Segun Serge Sergei Sergey Sergio Seth Seydou Shahid Shahram Shane Sharif Shaun Shawn
    Sheldon Sherman Shinji Shota Sibusiso Sidney Silas Simon Sipho Sohail Solomon Son Spencer Stan
    Stanley Stefan Steffen Stephan Stephane Stephen Sterling Steve Steven Stewart Stuart Stéphane
    Sukhwinder Sunil Suresh Sven Sylvain Sylvester Sébastien Tadesse Tafadzwa Tahir Takeshi Tamer
    Tanner Tarek Tariq Taylor Ted Teddy Tendai Terence Terrance Terrell Terrence Terry Tesfaye Thabo
    Thaddeus Themba Theodore Thibault Thierry Thomas Thurman Tim Timmy Timothy Tobias Toby Todd Tom
    Tomas Tommie Tommy Tony Travis Trent Trevon Trevor Tristan Troy Tshepo Tucker Tumelo Tunde Ty
    Tyler Tyrese Tyrone Tyson Uche Ulrich Ulysses Usman Vahid Valentin Van Vance Varun Vaughn Vern
    Vernon Vicente Victor Vijay Vikram Vince Vincent Vinod Virgil Vivek Vladimir Wade Wael Waleed
    Walid Wallace Walter Ward Warren Wayne Wei Wendell Wes Wesley Wilbert Wilbur Wiley Wilfred
    Wilfredo Will Willard William Williams Willie Willis Wilson Winston Wm Woodrow Xavier Yannick
    Yasir Yasser Yassin Yaw Yogesh Yohannes Younes Young Yousef Youssef Yuri Yusuf Yuto Yves Yvon
    Zach Zachary Zaid Zane Zayd Zeke Ziad Zion Zubair
");

#[rustfmt::skip]
static FEMALE: SortedWords = sorted_words!("
    Aaliyah Aarti Abby Abena Abigail Abimbola Achieng Ada Adaeze Adama Adaora Addie Addison Adela
    Adele Adeline Adriana Adrienne Adwoa Agnes Aida Aiko Aileen Aimee Aisha Akiko Akinyi Akosua
    Alana Alanna Alberta Alejandra Alexa Alexandra Alexandria Alexia Alexis Alice Alicia Alina Aline
    Alisa Alisha Alison Alissa Allie Allison Allyson Alma Almaz Alta Althea Alyce Alyssa Amaka Amal
    Amalia Amanda Amani Amber Amelia Amie Amina Aminata Amira Amy Ana Anastasia Andrea Andrée Angel
    Angela Angelia Angelica Angelina Angeline Angie Anita Anjali Ann Anna Annabelle Anne Anne-Marie
    Annette Annie Antoinette Antonia April Araceli Aria Arlene Arline Asha Ashlee Ashley Asma Astrid
    Atieno Aubree Aubrey Audra Audrey Augusta Aurelia Aurora Autumn Ava Avery Avis Awa Ayanna Ayesha
    Ayodele Ayse Ayumi Bailey Barbara Barbra Beatrice Beatriz Becky Belinda Benita Bernadette
    Bernadine Bernice Berta Bertha Bessie Beth Bethany Betsy Bette Bettie Betty Bettye Beulah
    Beverly Bianca Billie Blanca Blanche Bobbi Bobbie Bola Bonita Bonnie Brandi Brandy Brenda Briana
    Brianna Bridget Bridgette Brigitte Britney Brittany Brittney Brooke Bukola Caitlin Caitlyn
    Callie Camila Camille Candace Candice Candy Cara Carey Carissa Carla Carlene Carly Carmela
    Carmella Carmen Carol Carole Carolina Caroline Carolyn Carrie Casey Cassandra Cassidy Cassie
    Catalina Catherine Cathleen Cathy Cecelia Cecile Cecilia Celeste Celia Chandra Chantal Charity
    Charlene Charlotte Charmaine Chasity Chelsea Cheri Cherie Cheryl Chiamaka Chinonso Chinwe Chioma
    Chloe Chris Christa Christi Christie Christina Christine Christy Chrystal Ciara Cierra Cindy
    Claire Clara Clare Clarice Clarissa Claudette Claudia Claudine Cleo Colette Colleen Concepcion
    Connie Constance Consuelo Cora Corina Corine Corinne Cornelia Corrine Courtney Cristina Crystal
    Cynthia Dahlia Daisy Dalia Dana Danielle Daphne Darla Darlene Dawn Deana Deanna Deanne Debbie
    Debora Deborah Debra Dee Deena Deepa Deidre Deirdre Delia Della Delores Deloris Dena Denise
    Desiree Destiny Devon Diana Diane Dianna Dianne Dina Divya Dixie Dollie Dolly Dolores Dominique
    Dona Donna Dora Doreen Doris Dorothea Dorothy Dorthy Earlene Earline Earnestine Ebele Ebony
    Edith Edna Edwina Effie Efua Eileen Elaina Elaine Eleanor Elena Eliana Elif Elinor Elisa
    Elisabeth Elise Eliza Elizabeth Ella Ellen Ellie Elma Elnora Eloise Elsa Elsie Elva Elvia Elvira
    Emi Emilia Emilie Emily Emine Emma Erica Ericka Erika Erin Erma Ernestine Esme Esmeralda
    Esperanza Essie Estela Estella Estelle Ester Esther Ethel Etta Eugenia Eula Eunice Eva
    Evangeline Eve Evelyn Faith Fannie Farah Fatima Fatma Fatoumata Fay Faye Felicia Fern Fiona
    Flora Florence Flossie Folake Fran Frances Francesca Francine Francisca Frankie Freda Frieda
    Funmilayo Gabby Gabriela Gabrielle Gail Gale Gay Gayle Geeta Gena Geneva Genevieve Geneviève
    Georgette Georgia Georgina Geraldine Gertrude Ghada Gillian Gina Ginette Ginger Giulia Gladys
    Glenda Glenna Gloria Golda Goldie Grace Gracie Graciela Greta Gretchen Guadalupe Gurleen
    Guylaine Gwen Gwendolyn Hailey Hala Haley Halima Hana Hanan Hannah Harper Harpreet Harriet
    Harriett Haruka Hattie Hauwa Hazel Heather Heidi Helen Helena Helene Henrietta Hiba Hilary Hilda
    Hillary Hirut Holly Hope Huda Huguette Ida Ifeoma Ila Ilene Iman Imani Imelda Imogen Imogene Ina
    Indira Ines Inez Ingrid Irene Iris Irma Isabel Isabella Isabelle Isla Iva Ivy Jacinda Jackie
    Jaclyn Jacqueline Jacquelyn Jada Jade Jaime Jami Jamie Jamila Jan Jana Jane Janelle Janet
    Janette Janice Janie Janine Janis Janna Jasmine Jaspreet Jayne Jean Jeanette Jeanie Jeanine
    Jeanne Jeannette Jeannie Jeannine Jen Jenifer Jenna Jennie Jennifer Jenny Jeri Jerri Jessica
    Jessie Jewel Jewell Jill Jillian Jimmie Jo Joan Joann Joanna Joanne Jocelyn Jocelyne Jodi Jodie
    Jody Johanna Johanne Johnnie Jolene Joni Jordan Jordana Josefa Josefina Josephine Josie Josée
    Joy Joyce Juana Juanita Judi Judith Judy Julia Juliana Julianne Julie Juliet Juliette June
    Justine Kaitlyn Kamala Kaori Kara Karen Kari Karin Karina Karla Kasey Kate Katelyn Katharine
    Katherine Kathie Kathleen Kathrine Kathryn Kathy Katie Katrina Katy Kavita Kay Kaye Kayla Keiko
    Keisha Kelechi Kelley Kelli Kellie Kelly Kelsey Kendall Kendra Kenya Keri Kerri Kerry Kiara Kim
    Kimberley Kimberly Kiran Kirsten Kirsty Kris Krista Kristen Kristi Kristie Kristin Kristina
    Kristine Kristy Krystal Kyla Kylie Lacey Ladonna Laila Lakeisha Lakisha Lakshmi Lana Lara
    Larissa Latasha Latisha Latonya Latoya Laura Laurel Lauren Laurie Laverne Lavonne Lawanda Layla
    Lea Leah Leann Leanne Leigh Leila Lela Lena Lenora Lenore Leola Leona Leonor Lerato Lesley
    Leslie Lessie Letha Leticia Lidia Lila Lilia Lilian Liliana Liliya Lillian Lillie Lilly Lily
    Lina Linda Lindsay Lindsey Lindy Lisa Lise Liz Liza Lizzie Lois Lola Lora Loraine Lorena Lorene
    Loretta Lori Lorie Lorna Lorraine Lorrie Lottie Lou Louisa Louise Lourdes Luann Lubna Lucia
    Lucie Lucile Lucille Lucinda Lucy Luella Luisa Lupe Luz Lydia Lyn Lynda Lyne Lynette Lynn Lynne
    Lynnette Mabel Mable Mackenzie Madeleine Madeline Madelyn Madge Madhuri Madison Mae Magdalena
    Maggie Maha Mahsa Makena Malia Malinda Mallory Mamie Mandy Manon Manpreet Manuela Mara Marcella
    Marci Marcia Marcie Marcy Margaret Margarita Margery Margie Margo Margret Marguerite Mari Maria
    Mariah Mariam Mariama Marian Mariana Marianne Maribel Maricela Marie Marie-Claude Marie-Eve
    Marie-France Marie-Josée Marie-Ève Marietta Mariko Marilyn Marina Marine Marion Marisa Marisol
    Marissa Maritza Marjorie Marla Marlene Marsha Marta Martha Martina Martine Marva Mary Maryam
    Maryann Maryanne Marylou Maryse Matilda Mattie Maude Maureen Mavis Maxine May Maya Mayra Meagan
    Meena Meera Megan Meghan Mei Melania Melanie Melba Melinda Melisa Melissa Melody Melva Mercedes
    Meredith Merle Meryl Meseret Mia Michaela Michele Micheline Michelle Mila Milagros Mildred
    Millie Mindy Minerva Minnie Miranda Mireille Miriam Misty Mitzi Mollie Molly Mona Monica Monique
    Morgan Morgane Muriel Myra Myrna Myrtle Mélanie Mélissa Nadia Nadine Nancy Nandini Nanette
    Nannie Naoko Naomi Nasrin Natalia Natalie Natasha Nathalie Navjot Neha Nelda Nell Nellie Nettie
    Neva Ngozi Nia Nichole Nicola Nicole Nikki Nina Nisha Nita Njeri Nkechi Nneka Noelle Noemi Nola
    Nomvula Nona Noor Nora Noreen Noriko Norma Nour Odell Odessa Odette Ofelia Ola Olga Olive Olivia
    Ollie Oluwaseun Opal Ophelia Ora Paige Paisley Pallavi Pam Pamela Parisa Pat Patrica Patrice
    Patricia Patsy Patti Patty Paula Paulette Pauline Pearl Pearlie Peggy Penelope Penny Petra
    Peyton Philippa Phyllis Pierrette Piper Polly Pooja Preeti Priscilla Priya Rachael Rachel
    Rachelle Radhika Rae Ramona Randi Rani Rania Raquel Rasha Rashida Rashmi Raymonde Reba Rebecca
    Rebekah Reem Regina Rekha Rena Renee Reva Rhoda Rhonda Rita Ritu Roberta Robin Robyn Rochelle
    Ronda Rosa Rosalie Rosalind Rosalinda Rosalyn Rosanne Rosario Rose Roseann Rosella Rosemarie
    Rosemary Rosetta Rosie Roslyn Rowena Roxanne Roxie Roya Ruba Rubina Ruby Ruth Ruthie Sabrina
    Sadie Saima Sakura Sallie Sally Salma Samantha Samira Sammie Sana Sandra Sandy Sara Sarah Sasha
    Saundra Savannah Selam Selena Selma Serena Shalini Shana Shanna Shannon Shanti Shari Sharon
    Sharron Shauna Shawna Shazia Sheena Sheila Shelby Shelia Shelley Shelly Sheree Sheri Sherri
    Sherrie Sherry Sheryl Shilpa Shirin Shirley Shona Shreya Sienna Sigrid Silvia Simone Simran
    Skylar Sneha Socorro Sofia Solange Sondra Sonia Sonja Sonya Sophia Sophie Soraya Stacey Staci
    Stacie Stacy Stefanie Stella Stephanie Sue Summer Sunita Susan Susana Susanna Susanne Susie
    Suzanne Suzette Swati Sybil Sydney Sylvia Sylvie Tabatha Tabitha Tafadzwa Tamara Tameka Tami
    Tamika Tammi Tammie Tammy Tania Tanisha Tanya Tara Tasha Tatiana Taylor Tendai Teresa Teri Terri
    Terrie Tess Tessa Thandiwe Thelma Theresa Therese Thérèse Tia Tiffany Tigist Tina Titilayo
    Tommie Tomoko Toni Tonia Tonya Tori Tracey Traci Tracie Tracy Tricia Trina Trinity Trisha Trudy
    Tumelo Uche Ursula Usha Valarie Valentina Valeria Valerie Vanessa Velma Vera Verna Veronica
    Veronique Vicki Vickie Vicky Victoria Vilma Viola Violet Virgie Virginia Vivian Véronique Wambui
    Wanda Wanjiku Wanjiru Wendi Wendy Whitney Willa Wilma Winifred Winnie Ximena Yaa Yasmin Yasmine
    Yesenia Yetunde Yoko Yolanda Yolande Young Yuki Yumi Yvette Yvonne Zahra Zainab Zanele Zara
    Zawadi Zeinab Zelda Zelma Zeynep Zoe Zoey Émilie
");

/// The gender a given name usually goes with, if it is a common one; none for a name on both
/// lists (Kim, Jean).
pub(crate) fn gender(first: &str) -> Option<Gender> {
    // French compounds with `Jean` are men's (`Jean-Guy`, `Jean-Marie`), though an English
    // `Jean` alone is a woman's.
    if first.starts_with("Jean-") {
        return Some(Gender::Male);
    }
    let first = compound_head(first);
    match (MALE.contains(first), FEMALE.contains(first)) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Whether the word is a common given name of either gender.
pub(crate) fn is_first_name(word: &str) -> bool {
    let word = compound_head(word);
    MALE.contains(word) || FEMALE.contains(word)
}

/// The first part of a hyphenated given name (`Jean-Pierre`, `Mei-Ling`, `Mary-Kate`), which
/// the lists hold on its own.
fn compound_head(word: &str) -> &str {
    super::at_hyphen(word).map_or(word, |(head, _)| head)
}

/// The searched lists, by name, for the lexicon's test that no list repeats a word.
#[cfg(test)]
pub(super) fn lists() -> Vec<(&'static str, &'static str)> {
    vec![("MALE", MALE.list()), ("FEMALE", FEMALE.list())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genders() {
        assert_eq!(gender("Antony"), Some(Gender::Male));
        assert_eq!(gender("Jen"), Some(Gender::Female));
        assert_eq!(gender("Beth"), Some(Gender::Female));
        assert_eq!(gender("Kim"), None);
        assert_eq!(gender("Blinken"), None);
        assert_eq!(gender("Mary-Kate"), Some(Gender::Female));
        assert!(is_first_name("Jean-Pierre"));
        assert!(!is_first_name("Brandt-Lowe"));
    }
}
