sitrepSearchData("terms/t-cle",{"clear":"HPMig"});
