sitrepSearchData("terms/x-d180d0b5d181",{"республика":"IS-22","республіка":"IS-22"});
