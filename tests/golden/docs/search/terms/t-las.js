sitrepSearchData("terms/t-las",{"last":"NRB8gyYS58"});
