sitrepSearchData("terms/t-aro",{"around":"FFSlpzVQt8CUYkx8ASKe8"});
