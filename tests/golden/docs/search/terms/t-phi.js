sitrepSearchData("terms/t-phi",{"philanthropic":"LJTh8CBI18"});
