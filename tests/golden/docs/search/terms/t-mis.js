sitrepSearchData("terms/t-mis",{"missile":"DTInaJXSr8","missiles":"DTIn8QAEc8","missive":"NRB88"});
