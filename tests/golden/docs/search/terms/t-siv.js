sitrepSearchData("terms/t-siv",{"siversk":"NXDc6"});
