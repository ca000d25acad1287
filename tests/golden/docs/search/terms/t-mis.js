sitrepSearchData("terms/t-mis",{"missile":"DTInaxOFu8","missiles":"DTIn8QAEc8","missive":"PYE68"});
