sitrepSearchData("terms/t-bas",{"based":"MFBo8xUCe8yIPd8yBLh8CIzn8","basin":"SF-g2"});
