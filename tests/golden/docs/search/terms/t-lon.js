sitrepSearchData("terms/t-lon",{"long":"DTIn8FZUh8zZ-a8","longer":"NRB88yYS58"});
