sitrepSearchData("terms/t-lon",{"long":"DTIn8xOFu8GONh8","longer":"HPMi8EETk8"});
